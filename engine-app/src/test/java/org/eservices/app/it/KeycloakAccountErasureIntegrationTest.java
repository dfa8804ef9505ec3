package org.eservices.app.it;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.eservices.app.keycloak.Browser;
import org.eservices.app.keycloak.KeycloakLogin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the keycloak profile an erasure removes the sign-in account from the realm too,
 * and only that citizen's.
 */
class KeycloakAccountErasureIntegrationTest extends KeycloakPlatformTest {

	private final Browser app = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theKeycloakAccountGoesWithTheData() {
		String leaving = "leaving-" + UUID.randomUUID() + "@example.org";
		String staying = "staying-" + UUID.randomUUID() + "@example.org";
		this.admin.createCitizen(leaving, PASSWORD);
		this.admin.createCitizen(staying, PASSWORD);
		String[] bearer = { "Authorization", "Bearer " + accessToken(leaving) };
		assertThat(this.app.postJson(app(Applications.PATH), Applications.valid("Leaving Lounge"), bearer).statusCode())
			.isEqualTo(201);
		KeycloakLogin.portal(new Browser(), leaving, PASSWORD);
		String subject = this.admin.userId(leaving);
		assertThat(linksOf(subject)).as("the browser session's link to its Keycloak session").isOne();

		HttpResponse<String> erased = this.app.postJson(app("/api/me/erasure"), "{\"confirm\": true}", bearer);

		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
		assertThat(this.admin.get("/users?exact=true&username=" + leaving)).as("gone from the realm").isEmpty();
		assertThat(this.admin.get("/users?exact=true&username=" + staying)).as("others stay").hasSize(1);
		assertThat(this.api.audit(ALEX, "kind=ACCOUNT_ERASED")).isNotEmpty();
		assertThat(linksOf(subject)).as("gone with the session").isZero();
	}

	private long linksOf(String subject) {
		return this.jdbc.queryForObject("select count(*) from oidc_session where subject = ?", Long.class, subject);
	}

}
