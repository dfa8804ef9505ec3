package org.eservices.app.engine;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.eservices.portal.security.ProblemResponses;
import org.eservices.portal.security.Roles;
import org.eservices.portal.security.SignIn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * The Camunda webapps share the portal's sign-in, with either identity source. A browser
 * signed in to the portal opens Cockpit, Tasklist and Admin without another form
 * (Camunda's container-based authentication takes the user Spring Security signed in,
 * with its groups from the engine's identity service); the webapps and their API are
 * staff's only, each app open only to the roles that work in it, so a citizen's session
 * never reaches the engine through them; the webapps' sign-out ends the portal session
 * (and the Keycloak session). The webapps' own sign-in form and endpoint are never used,
 * so they offer no way around the portal's sign-in limits.
 */
@Configuration(proxyBeanMethods = false)
class WebappSingleSignOn {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	private static final String ADMIN = Roles.authority(Roles.ADMIN);

	private static final String[] STAFF = { ADMIN, Roles.authority(Roles.ANALYST), Roles.authority(Roles.CLERK),
			Roles.authority(Roles.SUPERVISOR) };

	@Bean
	@Order(2)
	SecurityFilterChain camundaWebappSingleSignOn(HttpSecurity http, SignIn signIn) throws Exception {
		http.securityMatcher(PATHS.matcher("/camunda/**"))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/camunda/api/admin/auth/**")
				.hasAnyAuthority(STAFF)
				.requestMatchers("/camunda/app/admin/**", "/camunda/api/admin/**")
				.hasAuthority(ADMIN)
				.requestMatchers("/camunda/app/cockpit/**", "/camunda/api/cockpit/**")
				.hasAnyAuthority(ADMIN, Roles.authority(Roles.ANALYST), Roles.authority(Roles.SUPERVISOR))
				.requestMatchers("/camunda/app/tasklist/**", "/camunda/api/tasklist/**")
				.hasAnyAuthority(ADMIN, Roles.authority(Roles.CLERK), Roles.authority(Roles.SUPERVISOR))
				// the engine's API, the welcome app and the apps' shared assets; the
				// engine's authorizations decide what each user may do there
				.anyRequest()
				.hasAnyAuthority(STAFF))
			// the webapps' own calls: a 401 lets them show that the session ended
			.exceptionHandling((errors) -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						new OrRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With"),
								PATHS.matcher("/camunda/api/**")))
				.defaultAuthenticationEntryPointFor(signIn.browserChallenge(), AnyRequestMatcher.INSTANCE)
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.logout((logout) -> logout
				.logoutRequestMatcher(PATHS.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout"))
				.addLogoutHandler(signIn.signOutEverywhere())
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler()))
			// Camunda's own CSRF filter guards the webapps' calls
			.csrf(AbstractHttpConfigurer::disable)
			.headers((headers) -> headers.frameOptions((frames) -> frames.sameOrigin()));
		return http.build();
	}

	/**
	 * After Spring Security's filter (order -100), which has signed the user in by then,
	 * and before the webapps' own authentication filter.
	 */
	@Bean
	FilterRegistrationBean<WebappContainerAuthentication> camundaContainerAuthentication(
			@Value("${camunda.bpm.webapp.application-path}") String applicationPath, ProcessEngine engine) {
		FilterRegistrationBean<WebappContainerAuthentication> registration = new FilterRegistrationBean<>(
				new WebappContainerAuthentication(applicationPath, engine));
		registration
			.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(101);
		return registration;
	}

	/** After Spring Security, so only signed-in users of the app get the script. */
	@Bean
	FilterRegistrationBean<WebappSignInScript> camundaSignInScript(
			@Value("${camunda.bpm.webapp.application-path}") String applicationPath) {
		FilterRegistrationBean<WebappSignInScript> registration = new FilterRegistrationBean<>(
				new WebappSignInScript(applicationPath));
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(100);
		return registration;
	}

}
