package org.eservices.app.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code keycloak-realm/} gives a real Keycloak: the roles and department groups of
 * the security model, citizen self-registration with e-mail as user name, a password
 * policy and brute-force protection, the three clients, and a service account the Camunda
 * identity plugin can read users and groups with.
 */
class KeycloakRealmIntegrationTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static KeycloakServer keycloak;

	static String adminToken;

	@BeforeAll
	static void start() throws Exception {
		keycloak = KeycloakServer.start();
		adminToken = token(keycloak.baseUrl().resolve("/realms/master/protocol/openid-connect/token"),
				Map.of("grant_type", "password", "client_id", "admin-cli", "username", KeycloakServer.ADMIN, "password",
						KeycloakServer.ADMIN_PASSWORD));
	}

	@Test
	void citizensRegisterThemselvesUnderAPasswordPolicyWithBruteForceProtection() throws Exception {
		JsonNode realm = admin("");
		assertThat(realm.get("registrationAllowed").asBoolean()).isTrue();
		assertThat(realm.get("registrationEmailAsUsername").asBoolean()).isTrue();
		assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
		assertThat(realm.get("passwordPolicy").asText()).contains("length(12)", "notUsername", "passwordHistory(3)");
		assertThat(realm.at("/defaultRole/name").asText()).isEqualTo("default-roles-eservices");
		assertThat(admin("/roles/default-roles-eservices/composites/realm").findValuesAsText("name"))
			.as("a self-registered account is a citizen")
			.contains("citizen");
	}

	@Test
	void rolesAndDepartmentGroupsAreThoseOfTheSecurityModel() throws Exception {
		assertThat(admin("/roles").findValuesAsText("name")).contains("citizen", "clerk", "supervisor", "admin",
				"analyst");
		String clara = admin("/users?username=clara&exact=true").get(0).get("id").asText();
		assertThat(admin("/users/" + clara + "/groups").findValuesAsText("name")).containsExactly("licensing");
		assertThat(admin("/users/" + clara + "/role-mappings/realm/composite").findValuesAsText("name"))
			.as("clerk through the licensing group")
			.contains("clerk")
			.doesNotContain("admin");
		String alex = admin("/users?username=alex&exact=true").get(0).get("id").asText();
		assertThat(admin("/users/" + alex + "/role-mappings/realm/composite").findValuesAsText("name"))
			.contains("admin");
	}

	@Test
	void clientsForThePortalMobileAppsAndTheIdentityPlugin() throws Exception {
		JsonNode portal = admin("/clients?clientId=eservices-portal").get(0);
		assertThat(portal.get("publicClient").asBoolean()).isFalse();
		assertThat(portal.get("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(portal.get("directAccessGrantsEnabled").asBoolean()).isFalse();
		assertThat(portal.get("redirectUris").get(0).asText())
			.isEqualTo(KeycloakServer.APP_URL + "/login/oauth2/code/keycloak");
		assertThat(portal.findValuesAsText("protocolMapper")).contains("oidc-audience-mapper");

		JsonNode mobile = admin("/clients?clientId=eservices-mobile").get(0);
		assertThat(mobile.get("publicClient").asBoolean()).isTrue();
		assertThat(mobile.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
		assertThat(mobile.findValuesAsText("protocolMapper")).contains("oidc-audience-mapper");
	}

	@Test
	void theIdentityPluginsServiceAccountReadsUsersAndGroupsButChangesNothing() throws Exception {
		String token = token(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"),
				Map.of("grant_type", "client_credentials", "client_id", "eservices-camunda-identity", "client_secret",
						KeycloakServer.IDENTITY_CLIENT_SECRET));

		assertThat(send(get("/users?username=clara&exact=true", token)).statusCode()).isEqualTo(200);
		assertThat(send(get("/groups", token)).body()).contains("licensing");
		HttpRequest createUser = HttpRequest.newBuilder(adminUri("/users"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"intruder\", \"enabled\": true}"))
			.build();
		assertThat(send(createUser).statusCode()).isEqualTo(403);
	}

	private static JsonNode admin(String path) throws Exception {
		HttpResponse<String> response = send(get(path, adminToken));
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static HttpRequest get(String path, String token) {
		return HttpRequest.newBuilder(adminUri(path)).header("Authorization", "Bearer " + token).build();
	}

	private static URI adminUri(String path) {
		return keycloak.baseUrl().resolve("/admin/realms/" + KeycloakServer.REALM + path);
	}

	private static String token(URI endpoint, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(response.statusCode()).as("token from %s: %s", endpoint, response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).get("access_token").asText();
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
