package org.eservices.app.it;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.eservices.app.keycloak.KeycloakAdmin;
import org.eservices.app.keycloak.KeycloakLogin;
import org.eservices.app.keycloak.KeycloakServer;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * API clients with Keycloak access tokens: each role reaches exactly its endpoint groups,
 * and a token that is not the realm's own, for this API, and current is refused.
 */
class KeycloakApiAuthorizationIntegrationTest extends KeycloakPlatformTest {

	static final String CITIZEN_API = "/api/requests";

	static final String CLERK_API = "/api/tasks";

	static final String ADMIN_API = "/api/dev/mailbox";

	static final String ENGINE_REST = "/engine-rest/deployment";

	@Test
	void eachRoleReachesItsEndpointsAndNoOthers() {
		Map<String, Map<String, HttpStatus>> matrix = Map.of(
				// a citizen: their own requests only
				ANNA,
				Map.of(CITIZEN_API, HttpStatus.OK, CLERK_API, HttpStatus.FORBIDDEN, ADMIN_API, HttpStatus.FORBIDDEN,
						ENGINE_REST, HttpStatus.FORBIDDEN),
				// a licensing clerk: the task inbox
				CLARA,
				Map.of(CLERK_API, HttpStatus.OK, ADMIN_API, HttpStatus.FORBIDDEN, ENGINE_REST, HttpStatus.FORBIDDEN),
				// a supervisor works the inbox too
				SAM,
				Map.of(CLERK_API, HttpStatus.OK, ADMIN_API, HttpStatus.FORBIDDEN, ENGINE_REST, HttpStatus.FORBIDDEN),
				// an analyst deploys through the engine's REST API, works no tasks
				ADA,
				Map.of(ENGINE_REST, HttpStatus.OK, CLERK_API, HttpStatus.FORBIDDEN, ADMIN_API, HttpStatus.FORBIDDEN),
				// an admin runs the platform, works no tasks
				ALEX, Map.of(ADMIN_API, HttpStatus.OK, ENGINE_REST, HttpStatus.OK, CLERK_API, HttpStatus.FORBIDDEN));
		matrix.forEach((user,
				expected) -> expected.forEach((path, status) -> assertThat(this.api.get(user, path).getStatusCode())
					.as("%s GET %s", user, path)
					.isEqualTo(status)));
		for (String path : List.of(CITIZEN_API, CLERK_API, ADMIN_API, ENGINE_REST)) {
			assertThat(this.api.get(null, path).getStatusCode()).as("anonymous GET %s", path)
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		assertThat(this.api.get(null, "/api/services").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void theScraperWithItsTokenAndAnAdminWithKeycloaksReadTheMetricsNobodyElse() {
		HttpHeaders scraper = new HttpHeaders();
		scraper.setBearerAuth(MetricsIntegrationTest.SCRAPE_TOKEN);
		ResponseEntity<String> scraped = this.rest.exchange(MetricsIntegrationTest.PATH, HttpMethod.GET,
				new HttpEntity<>(scraper), String.class);
		assertThat(scraped.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(scraped.getBody()).contains("eservices_engine_incidents");
		assertThat(this.api.exchangeText(ALEX, MetricsIntegrationTest.PATH).getBody())
			.contains("eservices_engine_incidents");
		ResponseEntity<String> citizen = this.api.exchangeText(ANNA, MetricsIntegrationTest.PATH);
		assertThat(citizen.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(String.valueOf(citizen.getBody())).doesNotContain("eservices_");
		assertThat(this.rest.exchange(CITIZEN_API, HttpMethod.GET, new HttpEntity<>(scraper), String.class)
			.getStatusCode()).as("the scrape token is no Keycloak token").isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aCitizenWithATokenSubmitsAndFollowsTheirRequestButNotAnothers() {
		String reference = this.journeys.submitBusinessLicence(ANNA, "Keycloak Bakery");

		ResponseEntity<JsonNode> mine = this.api.get(ANNA, "/api/requests/" + reference);
		assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(mine.getBody().get("reference").asText()).isEqualTo(reference);
		assertThat(this.api.get(OMAR, "/api/requests/" + reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void tokensFromElsewhereForOthersOrTamperedWithAreRefused() {
		String valid = accessToken(ANNA);
		assertThat(call(valid).getStatusCode()).isEqualTo(HttpStatus.OK);

		// the realm's own key, but issued under another name for Keycloak
		URI otherName = URI.create("http://localhost:" + keycloak.baseUrl().getPort());
		String wrongIssuer = KeycloakLogin.mobileAccessToken(otherName, ANNA, PASSWORD);
		expectRefused(wrongIssuer, "wrong issuer");

		// the realm's own key and name, but for the identity plugin, not for this API
		String wrongAudience = this.admin.clientToken(
				URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"),
				Map.of("grant_type", "client_credentials", "client_id", "eservices-camunda-identity", "client_secret",
						KeycloakServer.IDENTITY_CLIENT_SECRET));
		expectRefused(wrongAudience, "wrong audience");

		String[] parts = valid.split("\\.");
		String signature = parts[2];
		char flipped = (signature.charAt(10) == 'A') ? 'B' : 'A';
		String badSignature = parts[0] + "." + parts[1] + "." + signature.substring(0, 10) + flipped
				+ signature.substring(11);
		expectRefused(badSignature, "bad signature");

		expectRefused("not-a-token", "not a JWT");
	}

	@Test
	void anExpiredTokenIsRefused() {
		JsonNode mobile = this.admin.get("/clients?clientId=" + KeycloakLogin.MOBILE_CLIENT).get(0);
		String path = "/clients/" + mobile.get("id").asText();
		Map<String, Object> shortLived = Map.of("attributes", Map.of("access.token.lifespan", "2"));
		KeycloakAdmin.expectNoContent(this.admin.send("PUT", path, shortLived));
		String expiring;
		try {
			expiring = KeycloakLogin.mobileAccessToken(keycloak.baseUrl(), OMAR, PASSWORD);
		}
		finally {
			KeycloakAdmin.expectNoContent(
					this.admin.send("PUT", path, Map.of("attributes", Map.of("access.token.lifespan", ""))));
		}
		await("the token expires").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> call(expiring).getStatusCode() == HttpStatus.UNAUTHORIZED);
		assertThat(call(expiring).getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
	}

	private void expectRefused(String token, String why) {
		ResponseEntity<JsonNode> response = call(token);
		assertThat(response.getStatusCode()).as(why).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(why).startsWith("Bearer");
	}

	private ResponseEntity<JsonNode> call(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return this.rest.exchange(CITIZEN_API, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
	}

}
