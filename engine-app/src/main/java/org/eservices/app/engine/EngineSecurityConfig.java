package org.eservices.app.engine;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.security.ProblemResponses;
import org.eservices.portal.security.Roles;
import org.eservices.portal.security.SignIn;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Security for the engine's own endpoints. {@code /engine-rest} (where Camunda Modeler
 * deploys) takes the same API credentials as the portal (HTTP Basic, or Keycloak tokens)
 * and only admins and analysts; the engine then sees that user, so its authorizations
 * apply. The Camunda webapps: see {@link WebappSingleSignOn}.
 */
@Configuration(proxyBeanMethods = false)
class EngineSecurityConfig {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	@Order(1)
	SecurityFilterChain engineRestSecurity(HttpSecurity http, SignIn signIn) throws Exception {
		http.securityMatcher(PATHS.matcher("/engine-rest/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.hasAnyAuthority(Roles.authority(Roles.ADMIN), Roles.authority(Roles.ANALYST)))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(signIn.apiChallenge())
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable);
		signIn.apiClients(http);
		return http.build();
	}

	/**
	 * Hands the user Spring Security authenticated to the engine, for its authorization
	 * checks.
	 */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.addUrlPatterns("/engine-rest/*");
		registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
		registration.setName("engine-rest-authentication");
		return registration;
	}

	/** Every answered read of case data through the engine's APIs, in the audit log. */
	@Bean
	FilterRegistrationBean<CaseDataReadAudit> caseDataReadAudit(AuditLog audit) {
		FilterRegistrationBean<CaseDataReadAudit> registration = new FilterRegistrationBean<>(
				new CaseDataReadAudit(audit));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setName("case-data-read-audit");
		return registration;
	}

}
