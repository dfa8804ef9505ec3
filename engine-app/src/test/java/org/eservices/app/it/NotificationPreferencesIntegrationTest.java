package org.eservices.app.it;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen chooses email, SMS or both; the send-email and send-SMS tasks honour the
 * choice.
 */
class NotificationPreferencesIntegrationTest extends PostgresIntegrationTest {

	static final String PATH = "/api/me/notification-preferences";

	@Test
	void citizenChoosesChannelsAndTheConnectorsHonourThem() {
		assertThat(this.api.get(TestUsers.OMAR, PATH).getBody()).as("both by default")
			.isEqualTo(json("{\"email\": true, \"sms\": true}"));

		ResponseEntity<JsonNode> chosen = put(TestUsers.OMAR, "{\"email\": true, \"sms\": false}");
		assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.get(TestUsers.OMAR, PATH).getBody()).isEqualTo(json("{\"email\": true, \"sms\": false}"));
		assertThat(this.api.get(TestUsers.ANNA, PATH).getBody()).as("another citizen's choice is their own")
			.isEqualTo(json("{\"email\": true, \"sms\": true}"));

		NotifyTestProcess.deploy(this.repositoryService);
		String instance = this.runtimeService
			.startProcessInstanceByKey(NotifyTestProcess.KEY, "NP-2026-000001", Map.of("email", "omar@example.org",
					"phone", "+4930664040901", "name", "Omar", "citizenId", TestUsers.OMAR))
			.getId();
		runJob(instance);
		runJob(instance);

		JsonNode mailbox = this.api.get(TestUsers.ROOT, "/api/dev/mailbox?reference=NP-2026-000001").getBody();
		assertThat(mailbox.findValuesAsText("channel")).containsExactly("EMAIL");
	}

	@Test
	void noChannelAtAllIsRefusedWithFieldErrors() {
		ResponseEntity<JsonNode> none = put(TestUsers.IVAN, "{\"email\": false, \"sms\": false}");
		assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(none.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(none.getBody().get("errors").has("email")).isTrue();

		ResponseEntity<JsonNode> missing = put(TestUsers.IVAN, "{\"email\": true}");
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(missing.getBody().at("/errors/sms/0").asText()).isEqualTo("Field is required.");

		assertThat(this.api.get(TestUsers.IVAN, PATH).getBody()).as("nothing stored")
			.isEqualTo(json("{\"email\": true, \"sms\": true}"));
	}

	@Test
	void onlyCitizensHavePreferences() {
		assertThat(this.api.get(null, PATH).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.api.get(TestUsers.CLARA, PATH).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private ResponseEntity<JsonNode> put(String user, String body) {
		return this.api.exchange(user, HttpMethod.PUT, PATH, body, new HttpHeaders());
	}

	private static JsonNode json(String text) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
