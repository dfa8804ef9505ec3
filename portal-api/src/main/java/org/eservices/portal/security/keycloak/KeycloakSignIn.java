package org.eservices.portal.security.keycloak;

import org.eservices.portal.security.ProblemResponses;
import org.eservices.portal.security.ScrapeToken;
import org.eservices.portal.security.SignIn;

import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Keycloak: browsers sign in with the authorization-code flow and keep only a server-side
 * session (no token reaches the browser); signing out ends the Keycloak session too, and
 * a sign-out in Keycloak ends ours (back-channel). API clients, such as mobile apps, send
 * Keycloak access tokens.
 */
@Component
@Profile("keycloak")
class KeycloakSignIn implements SignIn {

	/** Where an unauthenticated browser is sent: straight on to Keycloak. */
	static final String SIGN_IN_PATH = "/oauth2/authorization/" + KeycloakClientRegistrations.REGISTRATION_ID;

	private static final AuthenticationEntryPoint BEARER = ProblemResponses.unauthorized("Bearer realm=\"eservices\"",
			"Sign in, or send a valid Keycloak access token (Authorization: Bearer).");

	private final KeycloakClientRegistrations registrations;

	private final OAuth2UserService<OidcUserRequest, OidcUser> users;

	private final JwtDecoder tokens;

	private final KeycloakSessionLogout keycloakSessionLogout;

	private final ScrapeToken scrapeToken;

	KeycloakSignIn(KeycloakClientRegistrations registrations, OAuth2UserService<OidcUserRequest, OidcUser> users,
			JwtDecoder tokens, KeycloakSessionLogout keycloakSessionLogout, ScrapeToken scrapeToken) {
		this.scrapeToken = scrapeToken;
		this.registrations = registrations;
		this.users = users;
		this.tokens = tokens;
		this.keycloakSessionLogout = keycloakSessionLogout;
	}

	@Override
	public void browsers(HttpSecurity http) throws Exception {
		OidcClientInitiatedLogoutSuccessHandler endKeycloakSession = new OidcClientInitiatedLogoutSuccessHandler(
				this.registrations);
		endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");
		http.oauth2Login((login) -> login.clientRegistrationRepository(this.registrations)
			.loginPage(SIGN_IN_PATH)
			.failureUrl("/?signin=failed")
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(this.users)))
			.logout((logout) -> logout.logoutSuccessHandler(endKeycloakSession))
			.oidcLogout((logout) -> logout.clientRegistrationRepository(this.registrations)
				.backChannel(Customizer.withDefaults()));
	}

	@Override
	public void apiClients(HttpSecurity http) throws Exception {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setPrincipalClaimName(KeycloakClientRegistrations.USER_NAME_CLAIM);
		converter.setJwtGrantedAuthoritiesConverter((jwt) -> KeycloakAuthorities.of(jwt.getClaims()));
		// the metrics scraper's bearer token is the operator's, not Keycloak's
		DefaultBearerTokenResolver keycloakTokens = new DefaultBearerTokenResolver();
		BearerTokenResolver notTheScrapers = (request) -> this.scrapeToken.presentedBy(request) ? null
				: keycloakTokens.resolve(request);
		http.oauth2ResourceServer((server) -> server.authenticationEntryPoint(BEARER)
			.bearerTokenResolver(notTheScrapers)
			.jwt((jwt) -> jwt.decoder(this.tokens).jwtAuthenticationConverter(converter)));
	}

	@Override
	public AuthenticationEntryPoint browserChallenge() {
		return new LoginUrlAuthenticationEntryPoint(SIGN_IN_PATH);
	}

	@Override
	public LogoutHandler signOutEverywhere() {
		return new CompositeLogoutHandler(this.keycloakSessionLogout, new SecurityContextLogoutHandler());
	}

	@Override
	public AuthenticationEntryPoint apiChallenge() {
		return BEARER;
	}

}
