package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The residence certificate on PostgreSQL, as deployed at boot: a clear case is issued as
 * soon as the fee is paid, with no clerk; a case the decision table sends on is confirmed
 * by the civil registry, whose clerk alone sees it.
 */
class ResidenceCertificateJourneyIntegrationTest extends PostgresIntegrationTest {

	static final String SUBMIT = "/api/services/residence-certificate/requests";

	static final String APPLICATION = """
			{ "applicantName": "Anna Citizen", "email": "anna@example.org", "phone": "+4930664040900",
			  "address": { "street": "4 Olive Street", "postcode": "11511", "city": "Springfield" },
			  "yearsAtAddress": %d, "occupancy": "%s", "purpose": "bank", %s "declaration": true }""";

	@Test
	void aTenantWithProofGetsTheCertificateAsSoonAsTheFeeIsPaid() {
		ResponseEntity<JsonNode> proof = this.api.upload(TestUsers.ANNA,
				"/api/services/residence-certificate/draft/attachments?field=files::proof1", "tenancy.pdf",
				EveryComponentIntegrationTest.PDF);
		assertThat(proof.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		String reference = submit(TestUsers.ANNA, 3, "tenant", "\"proof\": \"files::proof1\",");
		runDueJobs(processInstanceOf(reference));
		JsonNode unpaid = this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
		assertThat(unpaid.at("/payment/amount").decimalValue()).isEqualByComparingTo("5");
		payInSandbox(TestUsers.ANNA, reference);

		JsonNode request = this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
		assertThat(request.get("status").asText()).isEqualTo("issued");
		assertThat(request.get("closed").asBoolean()).isTrue();
		assertThat(request.at("/outcome/certificateNumber").asText()).isEqualTo("CERT-" + reference);
		assertThat(request.get("timeline").findValuesAsText("code")).containsExactly("submitted", "paid", "issued");
		assertThat(this.api.taskOf(TestUsers.ROSA, reference)).as("no clerk involved").isEmpty();
	}

	@Test
	void aFamilyMemberIsCheckedByTheCivilRegistryOnly() {
		String reference = submit(TestUsers.OMAR, 0, "family", "");
		runDueJobs(processInstanceOf(reference));
		payInSandbox(TestUsers.OMAR, reference);

		assertThat(this.api.get(TestUsers.OMAR, "/api/requests/" + reference).getBody().get("status").asText())
			.isEqualTo("under-review");
		assertThat(this.api.taskOf(TestUsers.CLARA, reference)).as("licensing does not see it").isEmpty();
		String task = this.api.taskOf(TestUsers.ROSA, reference).orElseThrow();
		this.api.post(TestUsers.ROSA, "/api/tasks/" + task + "/claim", null);
		ResponseEntity<JsonNode> confirmed = this.api.post(TestUsers.ROSA, "/api/tasks/" + task + "/complete",
				"{ \"decision\": \"confirm\" }");
		assertThat(confirmed.getStatusCode()).as("%s", confirmed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		runDueJobs(processInstanceOf(reference));

		JsonNode request = this.api.get(TestUsers.OMAR, "/api/requests/" + reference).getBody();
		assertThat(request.get("status").asText()).isEqualTo("issued");
		assertThat(request.at("/outcome/certificateNumber").asText()).isEqualTo("CERT-" + reference);
	}

	private String submit(String citizen, int years, String occupancy, String proof) {
		ResponseEntity<JsonNode> submitted = this.api.post(citizen, SUBMIT,
				APPLICATION.formatted(years, occupancy, proof));
		assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.CREATED);
		return submitted.getBody().get("reference").asText();
	}

}
