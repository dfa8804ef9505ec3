package org.eservices.portal.security.keycloak;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.web.client.RestClient;

/**
 * The Keycloak side of sign-in: the realm's metadata, the client registration, the users
 * of browser sessions and the checks every API token must pass.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakSecurityConfig {

	@Bean
	KeycloakDiscovery keycloakDiscovery(KeycloakProperties properties, RestClient.Builder http) {
		return new KeycloakDiscovery(properties, http);
	}

	@Bean
	KeycloakClientRegistrations keycloakClientRegistrations(KeycloakProperties properties,
			KeycloakDiscovery discovery) {
		return new KeycloakClientRegistrations(properties, discovery);
	}

	/** Tokens stay in the server-side session, never in the browser. */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	@Bean
	KeycloakSessionLogout keycloakSessionLogout(KeycloakProperties properties,
			OAuth2AuthorizedClientRepository authorizedClients, RestClient.Builder http) {
		return new KeycloakSessionLogout(properties, authorizedClients, http);
	}

	/** A browser session's user, with the roles and groups of the ID token. */
	@Bean
	OAuth2UserService<OidcUserRequest, OidcUser> keycloakUsers() {
		OidcUserService standard = new OidcUserService();
		return (request) -> {
			OidcUser user = standard.loadUser(request);
			return new DefaultOidcUser(KeycloakAuthorities.of(user.getClaims()), user.getIdToken(), user.getUserInfo(),
					KeycloakClientRegistrations.USER_NAME_CLAIM);
		};
	}

	/**
	 * Signature (the realm's keys), issuer, audience and expiry of every bearer token.
	 */
	@Bean
	JwtDecoder keycloakJwtDecoder(KeycloakProperties properties, KeycloakDiscovery discovery) {
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(discovery.endpoint("jwks_uri")).build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
					new JwtTimestampValidator(properties.clockSkew()),
					new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
					new JwtIssuerValidator(discovery.issuer()), new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
							(audience) -> audience != null && audience.contains(properties.audience()))));
			return decoder;
		});
	}

}
