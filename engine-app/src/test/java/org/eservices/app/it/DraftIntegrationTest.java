package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen's unfinished application: saved, resumed, private to them, and gone once
 * submitted.
 */
class DraftIntegrationTest extends PostgresIntegrationTest {

	private static final String DRAFT = "/api/services/business-licence/draft";

	@Test
	void aDraftIsSavedResumedAndRemovedBySubmitting() {
		ResponseEntity<JsonNode> saved = put(TestUsers.OMAR,
				"{\"businessName\": \"Half-done Deli\", \"employees\": 2, \"notAField\": \"dropped\"}");
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(saved.getBody().get("savedAt").asText()).isNotBlank();

		JsonNode resumed = this.api.get(TestUsers.OMAR, DRAFT).getBody();
		assertThat(resumed.at("/data/businessName").asText()).isEqualTo("Half-done Deli");
		assertThat(resumed.at("/data/employees").asInt()).isEqualTo(2);
		assertThat(resumed.get("data").has("notAField")).as("only the form's fields are kept").isFalse();
		assertThat(this.api.get(TestUsers.OMAR, "/api/drafts").getBody().findValuesAsText("serviceName"))
			.containsExactly("Business licence application");

		assertThat(this.api.get(TestUsers.ANNA, DRAFT).getStatusCode()).as("another citizen's draft")
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get(TestUsers.CLARA, DRAFT).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(put(TestUsers.OMAR, "[1, 2]").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		assertThat(put(TestUsers.OMAR, "{\"businessName\": \"Whole Deli\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.get(TestUsers.OMAR, DRAFT).getBody().at("/data/businessName").asText())
			.as("saving again replaces the draft")
			.isEqualTo("Whole Deli");

		assertThat(this.api.post(TestUsers.OMAR, Applications.PATH, Applications.valid("Whole Deli")).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(this.api.get(TestUsers.OMAR, DRAFT).getStatusCode()).as("submitted: the draft is gone")
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get(TestUsers.OMAR, "/api/drafts").getBody()).isEmpty();
	}

	@Test
	void aDraftCanBeDiscarded() {
		put(TestUsers.ANNA, "{\"businessName\": \"Second Thoughts\"}");
		assertThat(this.api.exchange(TestUsers.ANNA, HttpMethod.DELETE, DRAFT, null, new HttpHeaders()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.api.get(TestUsers.ANNA, DRAFT).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	/**
	 * Two devices: a copy changed offline on the phone, based on what it read, is not
	 * saved over what the laptop saved since; the phone is told and can read it again.
	 */
	@Test
	void aDraftChangedSinceItWasReadIsNotOverwritten() {
		ResponseEntity<JsonNode> first = put(TestUsers.OMAR, "{\"businessName\": \"First Deli\"}");
		String read = first.getHeaders().getETag();
		assertThat(read).isEqualTo("\"" + first.getBody().get("version").asLong() + "\"");
		assertThat(this.api.get(TestUsers.OMAR, DRAFT).getHeaders().getETag()).isEqualTo(read);

		ResponseEntity<JsonNode> laptop = put(TestUsers.OMAR, "{\"businessName\": \"Laptop Deli\"}", read);
		assertThat(laptop.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(laptop.getHeaders().getETag()).isNotEqualTo(read);

		ResponseEntity<JsonNode> phone = put(TestUsers.OMAR, "{\"businessName\": \"Phone Deli\"}", read);
		assertThat(phone.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
		assertThat(phone.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode kept = this.api.get(TestUsers.OMAR, DRAFT).getBody();
		assertThat(kept.at("/data/businessName").asText()).isEqualTo("Laptop Deli");

		ResponseEntity<JsonNode> again = put(TestUsers.OMAR, "{\"businessName\": \"Phone Deli\"}",
				"W/\"" + kept.get("version").asLong() + "\"");
		assertThat(again.getStatusCode()).as("based on what it read again").isEqualTo(HttpStatus.OK);
		assertThat(put(TestUsers.OMAR, "{}", "not a tag").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.api.get(TestUsers.OMAR, DRAFT).getBody().at("/data/businessName").asText())
			.isEqualTo("Phone Deli");

		this.api.exchange(TestUsers.OMAR, HttpMethod.DELETE, DRAFT, null, new HttpHeaders());
		assertThat(
				put(TestUsers.OMAR, "{\"businessName\": \"Ghost Deli\"}", again.getHeaders().getETag()).getStatusCode())
			.as("removed since, e.g. submitted from the laptop")
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
		assertThat(this.api.get(TestUsers.OMAR, DRAFT).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private ResponseEntity<JsonNode> put(String user, String json) {
		return this.api.exchange(user, HttpMethod.PUT, DRAFT, json, new HttpHeaders());
	}

	private ResponseEntity<JsonNode> put(String user, String json, String ifMatch) {
		HttpHeaders headers = new HttpHeaders();
		headers.setIfMatch(ifMatch);
		return this.api.exchange(user, HttpMethod.PUT, DRAFT, json, headers);
	}

}
