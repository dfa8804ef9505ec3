package org.eservices.app.it;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.eservices.app.keycloak.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Submissions are limited per user (here 4 per 10 seconds): one more is refused with 429
 * and a Retry-After, and the user can submit again once the bucket refills. The users are
 * new to this test and the clock is stopped, so neither other tests nor the refill's
 * timing decide the outcome. The client is a plain one that, unlike TestRestTemplate's,
 * never retries a 429 on its own.
 */
class KeycloakRateLimitIntegrationTest extends KeycloakPlatformTest {

	private final Browser app = new Browser();

	@Autowired
	private TestClock clock;

	@AfterEach
	void resumeClock() {
		this.clock.resume();
	}

	@Test
	void tooManySubmissionsAreRefusedWith429UntilTheLimitRecovers() {
		String busy = newCitizen();
		String calm = newCitizen();
		this.clock.stop();
		for (int i = 0; i < 4; i++) {
			HttpResponse<String> accepted = submit(busy, "Busy Bee " + i);
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
		}
		HttpResponse<String> refused = submit(busy, "One Too Many");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(refused.body()).contains("Too many attempts");
		assertThat(this.app.get(app("/api/requests"), bearer(busy)).statusCode()).as("reading is not limited")
			.isEqualTo(200);
		assertThat(submit(calm, "Calm Cafe").statusCode()).as("other users are not limited").isEqualTo(201);

		this.clock.advance(Duration.ofSeconds(10));
		assertThat(submit(busy, "Patient Bee").statusCode()).as("the limit has recovered").isEqualTo(201);
		assertThat(this.api.get(busy, "/api/requests").getBody().get("totalElements").asInt())
			.as("the refused submission left nothing behind")
			.isEqualTo(5);
	}

	private String newCitizen() {
		String email = "bee-" + UUID.randomUUID() + "@example.org";
		this.admin.createCitizen(email, PASSWORD);
		return email;
	}

	private HttpResponse<String> submit(String citizen, String businessName) {
		return this.app.postJson(app(Applications.PATH), Applications.valid(businessName), bearer(citizen));
	}

	private String[] bearer(String citizen) {
		return new String[] { "Authorization", "Bearer " + accessToken(citizen) };
	}

}
