package org.eservices.app.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.eservices.portal.privacy.AccountDirectory;
import org.eservices.portal.security.keycloak.KeycloakProperties;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The keycloak profile's sign-in accounts: an erasure removes the account from the realm
 * (Keycloak's admin API, as the portal client's service account, which may manage users
 * and nothing else). Camunda's user id is the account's e-mail address.
 */
@Component
@Profile("keycloak")
class KeycloakAccounts implements AccountDirectory {

	private final KeycloakProperties keycloak;

	private final RestClient http;

	KeycloakAccounts(KeycloakProperties keycloak, RestClient.Builder http) {
		this.keycloak = keycloak;
		this.http = http.build();
	}

	@Override
	public void remove(String userId) {
		String token = serviceAccountToken();
		JsonNode users = this.http.get()
			.uri(this.keycloak.internalAdminUrl() + "/users?exact=true&email={email}", userId)
			.header("Authorization", "Bearer " + token)
			.retrieve()
			.body(JsonNode.class);
		for (JsonNode user : (users != null) ? users : MissingNode.getInstance()) {
			if (userId.equalsIgnoreCase(user.path("email").asText())) {
				this.http.delete()
					.uri(this.keycloak.internalAdminUrl() + "/users/{id}", user.path("id").asText())
					.header("Authorization", "Bearer " + token)
					.retrieve()
					.toBodilessEntity();
			}
		}
	}

	private String serviceAccountToken() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", this.keycloak.clientId());
		form.add("client_secret", this.keycloak.clientSecret());
		JsonNode answer = this.http.post()
			.uri(this.keycloak.internalRealmUrl() + "/protocol/openid-connect/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(JsonNode.class);
		return answer.path("access_token").asText();
	}

}
