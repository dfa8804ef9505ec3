package org.eservices.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.eservices.app.keycloak.KeycloakAdmin;
import org.eservices.app.keycloak.KeycloakLogin;
import org.eservices.app.keycloak.KeycloakServer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profiles, {@code postgres,keycloak}, against a real Keycloak with
 * {@code keycloak-realm/} and its demo users, on real PostgreSQL. The platform runs on
 * the port the realm's redirect addresses name, so all subclasses share one context. They
 * run in a JVM of their own (see engine-app's pom), where this engine is the only one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "server.address=127.0.0.1", "camunda.bpm.job-execution.enabled=false",
				"eservices.keycloak.clock-skew=0s",
				// every browser sign-in comes from 127.0.0.1: the sign-in limit is
				// SignInRateLimitIntegrationTest's to test, not these tests' to run into
				"eservices.rate-limits.sign-in.capacity=100000",
				// KeycloakRateLimitIntegrationTest exhausts it for a user of its own
				"eservices.rate-limits.submissions.capacity=4", "eservices.rate-limits.submissions.period=10s",
				"eservices.metrics.scrape-token=" + MetricsIntegrationTest.SCRAPE_TOKEN })
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({ "postgres", "keycloak" })
@Import({ PostgresTestDatabase.class, TestClock.Config.class })
abstract class KeycloakPlatformTest {

	/** The engine's name in the webapps' and engine REST API's addresses. */
	static final String ENGINE = "default";

	static final String ANNA = "anna@example.org";

	static final String OMAR = "omar@example.org";

	static final String CLARA = "clara";

	static final String SAM = "sam";

	static final String ALEX = "alex";

	static final String ADA = "ada";

	static final String PASSWORD = KeycloakServer.DEMO_PASSWORD;

	static final KeycloakServer keycloak = KeycloakServer.start();

	private static final Map<String, String> accessTokens = new ConcurrentHashMap<>();

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected RuntimeService runtimeService;

	@Autowired
	protected ManagementService managementService;

	protected Api api;

	protected Journeys journeys;

	protected KeycloakAdmin admin;

	@DynamicPropertySource
	static void keycloakProperties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> KeycloakServer.APP_PORT);
		registry.add("eservices.keycloak.url", () -> keycloak.baseUrl().toString());
		registry.add("eservices.keycloak.client-secret", () -> KeycloakServer.PORTAL_CLIENT_SECRET);
		registry.add("eservices.keycloak.camunda.client-secret", () -> KeycloakServer.IDENTITY_CLIENT_SECRET);
	}

	@BeforeEach
	void setUpClients() {
		this.api = new Api(this.rest, KeycloakPlatformTest::accessToken);
		this.journeys = new Journeys(this.api, this.runtimeService, this.managementService);
		this.admin = new KeycloakAdmin(keycloak);
	}

	/**
	 * A mobile app's token for the user, signed in again only when the last token is
	 * about to expire (Keycloak's tokens live 5 minutes, the test run longer).
	 */
	static String accessToken(String user) {
		String known = accessTokens.get(user);
		return (known != null && expiresAt(known).isAfter(Instant.now().plusSeconds(60))) ? known
				: freshAccessToken(user);
	}

	/** A new sign-in, as after a change to the user's groups. */
	static String freshAccessToken(String user) {
		String token = KeycloakLogin.mobileAccessToken(keycloak.baseUrl(), user, PASSWORD);
		accessTokens.put(user, token);
		return token;
	}

	private static Instant expiresAt(String token) {
		try {
			byte[] claims = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
			return Instant.ofEpochSecond(JSON.readTree(claims).get("exp").asLong());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static URI app(String path) {
		return URI.create(KeycloakServer.APP_URL + path);
	}

}
