package org.eservices.portal.security.keycloak;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.util.function.SingletonSupplier;

/**
 * The one client registration, the platform's confidential client, built from the realm's
 * metadata when first asked for.
 */
class KeycloakClientRegistrations implements ClientRegistrationRepository {

	static final String REGISTRATION_ID = "keycloak";

	/**
	 * Users are named by e-mail address, required and unique in the realm: a citizen's
	 * user name is it anyway, and the engine's identity plugin names users the same way.
	 */
	static final String USER_NAME_CLAIM = "email";

	private final KeycloakProperties properties;

	private final KeycloakDiscovery discovery;

	private final SingletonSupplier<ClientRegistration> registration = SingletonSupplier.of(this::build);

	KeycloakClientRegistrations(KeycloakProperties properties, KeycloakDiscovery discovery) {
		this.properties = properties;
		this.discovery = discovery;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!REGISTRATION_ID.equals(registrationId)) {
			return null;
		}
		return this.registration.obtain();
	}

	private ClientRegistration build() {
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientId(this.properties.clientId())
			.clientSecret(this.properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
			.issuerUri(this.discovery.issuer())
			.authorizationUri(this.discovery.endpoint("authorization_endpoint"))
			.tokenUri(this.discovery.endpoint("token_endpoint"))
			.jwkSetUri(this.discovery.endpoint("jwks_uri"))
			.userInfoUri(this.discovery.endpoint("userinfo_endpoint"))
			.userNameAttributeName(USER_NAME_CLAIM)
			.providerConfigurationMetadata(this.discovery.get())
			// the realm requires PKCE of this confidential client too
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.clientName("Keycloak")
			.build();
	}

}
