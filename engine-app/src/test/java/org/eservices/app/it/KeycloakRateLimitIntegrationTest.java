package org.eservices.app.it;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.eservices.app.keycloak.Browser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Submissions are limited per user (here 4 per 10 seconds): one more is refused with 429
 * and a Retry-After, and the user can submit again once the bucket refills. The client is
 * a plain one that, unlike TestRestTemplate's, never retries a 429 on its own.
 */
class KeycloakRateLimitIntegrationTest extends KeycloakPlatformTest {

	private final Browser app = new Browser();

	@Test
	void tooManySubmissionsAreRefusedWith429UntilTheLimitRecovers() {
		for (int i = 0; i < 4; i++) {
			HttpResponse<String> accepted = submit("Busy Bee " + i);
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
		}
		HttpResponse<String> refused = submit("One Too Many");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 10));
		assertThat(refused.body()).contains("Too many attempts");
		assertThat(this.app.get(app("/api/requests"), bearer()).statusCode()).as("reading is not limited")
			.isEqualTo(200);
		assertThat(this.api.post(ANNA, Applications.PATH, Applications.valid("Calm Cafe")).getStatusCode().value())
			.as("other users are not limited")
			.isEqualTo(201);

		await("the limit recovers").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> submit("Patient Bee").statusCode() == 201);
		assertThat(this.api.get(OMAR, "/api/requests").getBody().get("totalElements").asInt())
			.as("the refused submission left nothing behind")
			.isEqualTo(5);
	}

	private HttpResponse<String> submit(String businessName) {
		return this.app.postJson(app(Applications.PATH), Applications.valid(businessName), bearer());
	}

	private String[] bearer() {
		return new String[] { "Authorization", "Bearer " + accessToken(OMAR) };
	}

}
