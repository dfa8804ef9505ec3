package org.eservices.app.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm's admin REST API, as a Keycloak administrator uses it to manage staff.
 */
public final class KeycloakAdmin {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final KeycloakServer keycloak;

	private final Browser http = new Browser();

	private final String token;

	public KeycloakAdmin(KeycloakServer keycloak) {
		this.keycloak = keycloak;
		this.token = clientToken(keycloak.baseUrl().resolve("/realms/master/protocol/openid-connect/token"),
				Map.of("grant_type", "password", "client_id", "admin-cli", "username", KeycloakServer.ADMIN, "password",
						KeycloakServer.ADMIN_PASSWORD));
	}

	private KeycloakAdmin(KeycloakServer keycloak, String token) {
		this.keycloak = keycloak;
		this.token = token;
	}

	/**
	 * The same admin API, called with another client's token, such as a service
	 * account's.
	 */
	public KeycloakAdmin as(String otherToken) {
		return new KeycloakAdmin(this.keycloak, otherToken);
	}

	/** A token from the token endpoint, by a grant that needs no browser. */
	public String clientToken(URI endpoint, Map<String, String> form) {
		HttpResponse<String> response = this.http.post(endpoint, form);
		assertThat(response.statusCode()).as("token from %s: %s", endpoint, response.body()).isEqualTo(200);
		return KeycloakLogin.field(response.body(), "access_token");
	}

	public JsonNode get(String path) {
		HttpResponse<String> response = this.http.get(uri(path), "Authorization", "Bearer " + this.token);
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
		return read(response.body());
	}

	public HttpResponse<String> send(String method, String path, Object body) {
		try {
			String json = (body != null) ? JSON.writeValueAsString(body) : null;
			return this.http.json(method, uri(path), json, "Authorization", "Bearer " + this.token);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A new citizen account, as one that signed up (e-mail as user name), with this
	 * password.
	 */
	public void createCitizen(String email, String password) {
		HttpResponse<String> created = send("POST", "/users",
				Map.of("username", email, "email", email, "emailVerified", true, "firstName", "Test", "lastName",
						"Citizen", "enabled", true, "credentials",
						List.of(Map.of("type", "password", "value", password, "temporary", false))));
		assertThat(created.statusCode()).as("create user %s: %s", email, created.body()).isEqualTo(201);
	}

	public String userId(String username) {
		return get("/users?exact=true&username=" + username).get(0).get("id").asText();
	}

	public String groupId(String name) {
		for (JsonNode group : get("/groups?exact=true&search=" + name)) {
			if (name.equals(group.get("name").asText())) {
				return group.get("id").asText();
			}
		}
		HttpResponse<String> created = send("POST", "/groups", Map.of("name", name));
		assertThat(created.statusCode()).as("create group %s: %s", name, created.body()).isEqualTo(201);
		return groupId(name);
	}

	/** Members of the group get the realm role, as a department's clerks get "clerk". */
	public void grantRole(String group, String role) {
		JsonNode representation = get("/roles/" + role);
		expectNoContent(send("POST", "/groups/" + groupId(group) + "/role-mappings/realm", List.of(representation)));
	}

	public void joinGroup(String username, String group) {
		expectNoContent(send("PUT", "/users/" + userId(username) + "/groups/" + groupId(group), null));
	}

	public void leaveGroup(String username, String group) {
		expectNoContent(send("DELETE", "/users/" + userId(username) + "/groups/" + groupId(group), null));
	}

	public static void expectNoContent(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(204);
	}

	private URI uri(String path) {
		return this.keycloak.baseUrl().resolve("/admin/realms/" + KeycloakServer.REALM + path);
	}

	private static JsonNode read(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
