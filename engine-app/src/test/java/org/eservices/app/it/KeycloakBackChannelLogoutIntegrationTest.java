package org.eservices.app.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.eservices.app.keycloak.Browser;
import org.eservices.app.keycloak.KeycloakAdmin;
import org.eservices.app.keycloak.KeycloakLogin;
import org.eservices.app.keycloak.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A sign-out in Keycloak (the user's elsewhere, or an admin's) ends the portal session it
 * began with, whichever node of the cluster Keycloak tells: which Keycloak session each
 * browser session belongs to is in the database, as the sessions are. The test's platform
 * is the first node; the second is a process of its own on the same database and
 * Keycloak.
 */
class KeycloakBackChannelLogoutIntegrationTest extends KeycloakPlatformTest {

	private static final String BACK_CHANNEL = "/logout/connect/back-channel/keycloak";

	private static final String BACK_CHANNEL_URL = "backchannel.logout.url";

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@TempDir
	Path work;

	@Test
	void anAdminsSignOutOfTheUserEndsTheirPortalSessionThoughKeycloakToldAnotherNode() throws Exception {
		String citizen = newCitizen();
		Browser browser = new Browser();
		KeycloakLogin.portal(browser, citizen, PASSWORD);
		assertThat(sessionsOf(citizen)).isOne();
		Browser elsewhere = new Browser();
		KeycloakLogin.portal(elsewhere, OMAR, PASSWORD);
		assertThat(browser.get(app("/api/me")).body()).contains(citizen);

		try (PlatformProcess second = secondNode()) {
			URI secondMe = second.uri("/api/me");
			assertThat(browser.get(secondMe).body()).as("the session is the cluster's").contains(citizen);

			String client = this.admin.get("/clients?clientId=eservices-portal").get(0).get("id").asText();
			ObjectNode representation = (ObjectNode) this.admin.get("/clients/" + client);
			String published = representation.path("attributes").path(BACK_CHANNEL_URL).asText();
			// Keycloak tells the second node, not the first the user signed in on
			backChannelLogoutUrl(client, representation, second.uri(BACK_CHANNEL).toString());
			try {
				KeycloakAdmin
					.expectNoContent(this.admin.send("POST", "/users/" + this.admin.userId(citizen) + "/logout", null));
				await().atMost(Duration.ofSeconds(10)).until(() -> browser.get(app("/api/me")).statusCode() == 401);
			}
			finally {
				backChannelLogoutUrl(client, representation, published);
			}
			assertThat(browser.get(secondMe).statusCode()).as("signed out on both nodes").isEqualTo(401);
			assertThat(sessionsOf(citizen)).as("the session is gone from the database").isZero();
			assertThat(linksOf(citizen)).isZero();
			assertThat(elsewhere.get(secondMe).body()).as("another user's session is untouched").contains(OMAR);
			assertThat(Browser.hasForm(browser.open(app("/oauth2/authorization/keycloak")), KeycloakLogin.LOGIN_FORM))
				.as("the Keycloak session ended too")
				.isTrue();
		}
	}

	@Test
	void theLinkOfASessionThatEndedOtherwiseGoesSoonAfter() {
		String expired = newCitizen();
		KeycloakLogin.portal(new Browser(), expired, PASSWORD);
		assertThat(linksOf(expired)).isOne();
		// as the session cleanup does when a session expires
		this.jdbc.update("delete from spring_session where principal_name = ?", expired);

		this.clock.advance(Duration.ofMinutes(6));
		String next = newCitizen();
		KeycloakLogin.portal(new Browser(), next, PASSWORD);

		assertThat(linksOf(expired)).as("deleted at the next sign-in, once due").isZero();
		assertThat(linksOf(next)).isOne();
	}

	private String newCitizen() {
		String citizen = "back-channel-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.admin.createCitizen(citizen, PASSWORD);
		return citizen;
	}

	private long sessionsOf(String user) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				user);
	}

	/**
	 * Rows of the Keycloak sessions' registry: no name there, Keycloak's id of the user.
	 */
	private long linksOf(String user) {
		return this.jdbc.queryForObject("select count(*) from oidc_session where subject = ?", Long.class,
				this.admin.userId(user));
	}

	private void backChannelLogoutUrl(String client, ObjectNode representation, String url) {
		((ObjectNode) representation.with("attributes")).put(BACK_CHANNEL_URL, url);
		KeycloakAdmin.expectNoContent(this.admin.send("PUT", "/clients/" + client, representation));
		assertThat(this.admin.get("/clients/" + client).path("attributes").path(BACK_CHANNEL_URL).asText())
			.isEqualTo(url);
	}

	private PlatformProcess secondNode() throws IOException {
		Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL",
				this.postgres.getJdbcUrl("postgres", "postgres"), "SPRING_DATASOURCE_USERNAME", "postgres",
				"SPRING_DATASOURCE_PASSWORD", "postgres", "KEYCLOAK_URL", keycloak.baseUrl().toString(),
				"ESERVICES_PORTAL_CLIENT_SECRET", KeycloakServer.PORTAL_CLIENT_SECRET,
				"ESERVICES_IDENTITY_CLIENT_SECRET", KeycloakServer.IDENTITY_CLIENT_SECRET, "ESERVICES_DB_POOL_SIZE",
				"10");
		return PlatformProcess.start(this.work, PlatformProcess.freePort(), environment,
				"--spring.profiles.active=postgres,keycloak", "--camunda.bpm.job-execution.enabled=false",
				"--eservices.rate-limits.sign-in.capacity=100000");
	}

}
