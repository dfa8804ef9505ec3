package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen reads the e-mails and text messages sent about their request; nobody else
 * does.
 */
class RequestMessagesIntegrationTest extends PostgresIntegrationTest {

	@Test
	void aCitizenFindsTheMessagesAboutTheirRequest() {
		String reference = submitBusinessLicence(TestUsers.ANNA, "Messenger Mill");
		String path = "/api/requests/" + reference + "/messages";

		JsonNode messages = this.api.get(TestUsers.ANNA, path).getBody();
		assertThat(messages.findValuesAsText("channel")).containsExactlyInAnyOrder("EMAIL", "SMS");
		assertThat(messages.findValuesAsText("to")).contains("anna@example.org");
		assertThat(messages.findValuesAsText("body")).allSatisfy((body) -> assertThat(body).contains(reference));

		assertThat(this.api.get(TestUsers.OMAR, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get(TestUsers.CLARA, path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

}
