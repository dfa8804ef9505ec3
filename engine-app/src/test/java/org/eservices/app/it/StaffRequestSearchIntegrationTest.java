package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's request search on PostgreSQL: by the start of a reference or an applicant's
 * name (case and spacing aside, wildcards taken literally), only over the services of the
 * searcher's departments, with a link to the task they may open.
 */
class StaffRequestSearchIntegrationTest extends PostgresIntegrationTest {

	static final String PATH = "/api/workspace/requests";

	@Test
	void clerksFindTheirDepartmentsRequestsByNameAndReference() {
		ResponseEntity<JsonNode> submitted = this.api.post(TestUsers.ANNA, Applications.PATH,
				Applications.with("applicantName", "\"Zaid  Al-Masri\""));
		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String licence = submitted.getBody().get("reference").asText();
		runDueJobs(processInstanceOf(licence));
		payInSandbox(TestUsers.ANNA, licence);
		ResponseEntity<JsonNode> certificate = this.api.post(TestUsers.OMAR,
				"/api/services/residence-certificate/requests",
				ResidenceCertificateJourneyIntegrationTest.APPLICATION.formatted(2, "tenant", "")
					.replace("Anna Citizen", "Zaid Registry"));
		assertThat(certificate.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String residence = certificate.getBody().get("reference").asText();

		JsonNode byName = search(TestUsers.CLARA, "name=+ZAID++al-");
		assertThat(byName.get("content").findValuesAsText("reference")).contains(licence).doesNotContain(residence);
		JsonNode row = byName.get("content").get(0);
		assertThat(row.get("applicantName").asText()).isEqualTo("Zaid  Al-Masri");
		assertThat(row.get("taskId").asText()).as("the review clara may open").isNotBlank();
		assertThat(search(TestUsers.ROSA, "name=zaid").get("content").findValuesAsText("reference")).contains(residence)
			.doesNotContain(licence);
		assertThat(search(TestUsers.CLARA, "reference=" + licence.toLowerCase()).get("totalElements").asInt())
			.isEqualTo(1);
		assertThat(search(TestUsers.CLARA, "reference=" + residence).get("totalElements").asInt())
			.as("another department's request")
			.isZero();
		assertThat(search(TestUsers.CLARA, "name=_").get("totalElements").asInt()).as("_ is no wildcard").isZero();
		assertThat(
				search(TestUsers.CLARA, "name=zaid&status=under-review").get("content").findValuesAsText("reference"))
			.contains(licence);
		assertThat(search(TestUsers.CLARA, "name=zaid&status=approved").get("totalElements").asInt()).isZero();
		assertThat(this.api.get(TestUsers.ANNA, PATH + "?name=zaid").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get(null, PATH).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void clerksFindRequestsByAnAnswerOfTheForm() {
		String apiary = submitBusinessLicence(TestUsers.ANNA, "Answer Apiary Two");
		String other = submitBusinessLicence(TestUsers.OMAR, "Answer Apiary");
		assertThat(search(TestUsers.CLARA, "field=businessName&value=Answer+Apiary+Two").get("content")
			.findValuesAsText("reference")).containsExactly(apiary);
		assertThat(search(TestUsers.CLARA, "field=businessName&value=Answer+Apiary").get("content")
			.findValuesAsText("reference")).as("the whole answer, not a part of it")
			.contains(other)
			.doesNotContain(apiary);
		assertThat(search(TestUsers.CLARA, "field=employees&value=3&reference=" + apiary).get("totalElements").asInt())
			.as("a number answer")
			.isEqualTo(1);
		assertThat(search(TestUsers.CLARA, "field=employees&value=30&reference=" + apiary).get("totalElements").asInt())
			.isZero();
		assertThat(search(TestUsers.ROSA, "field=businessName&value=Answer+Apiary").get("totalElements").asInt())
			.as("another department's service")
			.isZero();

		ResponseEntity<JsonNode> wrong = this.api.get(TestUsers.CLARA, PATH + "?field=business+name");
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(wrong.getHeaders().getContentType().toString()).contains("problem+json");
		assertThat(wrong.getBody().get("errors").fieldNames()).toIterable().containsExactlyInAnyOrder("field", "value");
	}

	private JsonNode search(String staff, String query) {
		ResponseEntity<JsonNode> found = this.api.get(staff, PATH + "?" + query);
		assertThat(found.getStatusCode()).as("%s", found.getBody()).isEqualTo(HttpStatus.OK);
		return found.getBody();
	}

}
