package org.eservices.app.it;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a case's data through the engine's own APIs is audited as through the portal:
 * an admin's read of the variables through {@code /engine-rest} and through Cockpit's API
 * are entries naming them and the case; a read of definitions is none, and a refused read
 * is none either.
 */
class CaseDataReadAuditIntegrationTest extends PostgresIntegrationTest {

	@Test
	void readsOfCaseDataThroughTheEngineApisAreAudited() {
		String reference = submitBusinessLicence(TestUsers.ANNA, "Read Receipts Ltd");
		String instance = processInstanceOf(reference);
		String variables = "/process-instance/" + instance + "/variables";

		assertThat(this.rest.withBasicAuth(TestUsers.ROOT, TestUsers.PASSWORD)
			.getForEntity("/engine-rest" + variables, String.class)
			.getBody()).contains("Read Receipts Ltd");
		this.rest.withBasicAuth(TestUsers.ROOT, TestUsers.PASSWORD)
			.getForEntity("/engine-rest/process-definition", String.class);
		assertThat(this.rest.withBasicAuth(TestUsers.ADA, TestUsers.PASSWORD)
			.getForEntity("/engine-rest" + variables, String.class)
			.getStatusCode()).as("an analyst reads no case data").isEqualTo(HttpStatus.FORBIDDEN);
		WebappSession cockpit = WebappSession.signIn(this.rest, TestUsers.ROOT, TestUsers.PASSWORD);
		assertThat(cockpit.get(WebappSession.ENGINE_API + variables).getStatusCode()).isEqualTo(HttpStatus.OK);

		List<JsonNode> reads = this.api.audit(TestUsers.ROOT, "kind=CASE_DATA_READ");
		// the analyst's refused read is none of them
		assertThat(reads).filteredOn((entry) -> entry.get("subject").asText().contains(instance))
			.extracting((entry) -> entry.get("actor").asText() + ": " + entry.get("detail").asText())
			.containsExactlyInAnyOrder(TestUsers.ROOT + ": Read case data through the engine REST API",
					TestUsers.ROOT + ": Read case data through Cockpit or Tasklist");
		assertThat(reads).as("definitions are no case data")
			.noneMatch((entry) -> entry.get("subject").asText().endsWith("/process-definition"));
	}

}
