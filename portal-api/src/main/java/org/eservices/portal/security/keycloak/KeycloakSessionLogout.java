package org.eservices.portal.security.keycloak;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Ends the user's Keycloak session from the server, with the session's refresh token
 * (Keycloak's back-channel logout), for sign-outs that arrive as an XHR and so cannot
 * follow a redirect to Keycloak.
 */
class KeycloakSessionLogout implements LogoutHandler {

	private static final Logger log = LoggerFactory.getLogger(KeycloakSessionLogout.class);

	private final String endSession;

	private final OAuth2AuthorizedClientRepository authorizedClients;

	private final RestClient http;

	KeycloakSessionLogout(KeycloakProperties properties, OAuth2AuthorizedClientRepository authorizedClients,
			RestClient.Builder http) {
		this.endSession = properties.internalRealmUrl() + "/protocol/openid-connect/logout";
		this.authorizedClients = authorizedClients;
		this.http = http.build();
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication == null) {
			return;
		}
		OAuth2AuthorizedClient client = this.authorizedClients
			.loadAuthorizedClient(KeycloakClientRegistrations.REGISTRATION_ID, authentication, request);
		if (client == null || client.getRefreshToken() == null) {
			return;
		}
		ClientRegistration registration = client.getClientRegistration();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("client_id", registration.getClientId());
		form.add("client_secret", registration.getClientSecret());
		form.add("refresh_token", client.getRefreshToken().getTokenValue());
		try {
			this.http.post()
				.uri(this.endSession)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientException ex) {
			// the local session ends regardless; Keycloak's ends at its idle timeout
			// no user name: under Keycloak it is an e-mail address, personal data
			log.warn("Could not end a Keycloak session at sign-out: {}", ex.getMessage());
		}
	}

}
