package org.eservices.app.keycloak;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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

	static KeycloakServer keycloak;

	static KeycloakAdmin admin;

	@BeforeAll
	static void start() {
		keycloak = KeycloakServer.start();
		admin = new KeycloakAdmin(keycloak);
	}

	@Test
	void citizensRegisterThemselvesUnderAPasswordPolicyWithBruteForceProtection() {
		JsonNode realm = admin.get("");
		assertThat(realm.get("registrationAllowed").asBoolean()).isTrue();
		assertThat(realm.get("registrationEmailAsUsername").asBoolean()).isTrue();
		assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
		assertThat(realm.get("passwordPolicy").asText()).contains("length(12)", "notUsername", "passwordHistory(3)");
		assertThat(realm.at("/defaultRole/name").asText()).isEqualTo("default-roles-eservices");
		assertThat(admin.get("/roles/default-roles-eservices/composites/realm").findValuesAsText("name"))
			.as("a self-registered account is a citizen")
			.contains("citizen");
	}

	@Test
	void rolesAndDepartmentGroupsAreThoseOfTheSecurityModel() {
		assertThat(admin.get("/roles").findValuesAsText("name")).contains("citizen", "clerk", "supervisor", "admin",
				"analyst");
		String clara = admin.get("/users?username=clara&exact=true").get(0).get("id").asText();
		assertThat(admin.get("/users/" + clara + "/groups").findValuesAsText("name")).containsExactly("licensing");
		assertThat(admin.get("/users/" + clara + "/role-mappings/realm/composite").findValuesAsText("name"))
			.as("clerk through the licensing group")
			.contains("clerk")
			.doesNotContain("admin");
		String alex = admin.get("/users?username=alex&exact=true").get(0).get("id").asText();
		assertThat(admin.get("/users/" + alex + "/role-mappings/realm/composite").findValuesAsText("name"))
			.contains("admin");
	}

	@Test
	void clientsForThePortalMobileAppsAndTheIdentityPlugin() {
		JsonNode portal = admin.get("/clients?clientId=eservices-portal").get(0);
		assertThat(portal.get("publicClient").asBoolean()).isFalse();
		assertThat(portal.get("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(portal.get("directAccessGrantsEnabled").asBoolean()).isFalse();
		assertThat(portal.get("redirectUris").get(0).asText())
			.isEqualTo(KeycloakServer.APP_URL + "/login/oauth2/code/keycloak");
		assertThat(portal.findValuesAsText("protocolMapper")).contains("oidc-audience-mapper");

		JsonNode mobile = admin.get("/clients?clientId=eservices-mobile").get(0);
		assertThat(mobile.get("publicClient").asBoolean()).isTrue();
		assertThat(mobile.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
		assertThat(mobile.findValuesAsText("protocolMapper")).contains("oidc-audience-mapper");
	}

	@Test
	void theIdentityPluginsServiceAccountReadsUsersAndGroupsButChangesNothing() {
		KeycloakAdmin serviceAccount = admin
			.as(admin.clientToken(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"),
					Map.of("grant_type", "client_credentials", "client_id", "eservices-camunda-identity",
							"client_secret", KeycloakServer.IDENTITY_CLIENT_SECRET)));

		assertThat(serviceAccount.send("GET", "/users?username=clara&exact=true", null).statusCode()).isEqualTo(200);
		assertThat(serviceAccount.send("GET", "/groups", null).body()).contains("licensing");
		assertThat(serviceAccount.send("POST", "/users", Map.of("username", "intruder", "enabled", true)).statusCode())
			.isEqualTo(403);
	}

}
