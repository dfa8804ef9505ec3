package org.eservices.portal.security;

import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Local identity: a sign-in form for browsers and HTTP Basic for API clients, both
 * checked against the engine's identity tables.
 */
@Component
@Profile("!keycloak")
class LocalSignIn implements SignIn {

	private final FailedSignInLimit failedBasic;

	LocalSignIn(RateLimits rateLimits, BucketStore buckets) {
		this.failedBasic = new FailedSignInLimit(rateLimits.signIn(), buckets);
	}

	private static final AuthenticationEntryPoint BASIC = ProblemResponses.unauthorized("Basic realm=\"eservices\"",
			"Sign in, or send HTTP Basic credentials.");

	@Override
	public void browsers(HttpSecurity http) throws Exception {
		// the portal draws the sign-in page (GET /login); Spring Security checks it
		// (POST)
		http.formLogin((form) -> form.loginPage("/login").permitAll()).logout((logout) -> logout.logoutSuccessUrl("/"));
	}

	@Override
	public void apiClients(HttpSecurity http) throws Exception {
		http.httpBasic((basic) -> basic.realmName("eservices").authenticationEntryPoint(BASIC))
			.addFilterBefore(this.failedBasic, BasicAuthenticationFilter.class);
	}

	@Override
	public AuthenticationEntryPoint browserChallenge() {
		return new LoginUrlAuthenticationEntryPoint("/login");
	}

	@Override
	public LogoutHandler signOutEverywhere() {
		return new SecurityContextLogoutHandler();
	}

	@Override
	public AuthenticationEntryPoint apiChallenge() {
		return BASIC;
	}

}
