package org.eservices.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The portal's web security: each feature's {@link AccessRules} (and the connectors'
 * rules), then what belongs to no feature (sign-in, pages, assets, operators' endpoints);
 * CSRF for browsers, which keep a server-side session, while API clients send credentials
 * with every call; rate limits and the headers every answer carries. How users sign in
 * depends on the identity source: see {@link SignIn}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.class)
public class PortalSecurityConfig {

	/**
	 * After the engine's own chains (engine REST, Camunda webapps), which match narrower
	 * paths.
	 */
	public static final int ORDER = 100;

	/**
	 * The portal's page addresses, all answered with its one page (portal-web), whose
	 * script routes them and asks the API, which checks.
	 */
	/** The portal's service worker, at the root whose pages it serves offline. */
	public static final String SERVICE_WORKER = "/sw.js";

	public static final String[] PORTAL_PAGES = { "/", "/services/**", "/requests", "/requests/**", "/tasks",
			"/tasks/**", "/workspace/**", "/account/**", "/verify", "/verify/**" };

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	private static final RequestMatcher API = PATHS.matcher("/api/**");

	private static final RequestMatcher LOGIN = PATHS.matcher("/login");

	private static final RequestMatcher WEBHOOKS = PATHS.matcher("/api/webhooks/**");

	private static final RequestMatcher SIGN_IN = new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/login"),
			PATHS.matcher("/oauth2/authorization/**"), PATHS.matcher("/login/oauth2/code/**"),
			PATHS.matcher(HttpMethod.POST, "/api/signup"));

	private static final RequestMatcher SUBMISSIONS = PATHS.matcher(HttpMethod.POST, "/api/services/*/requests");

	private static final RequestMatcher VERIFICATIONS = PATHS.matcher(HttpMethod.GET, "/api/verify/**");

	@Bean
	@Order(ORDER)
	SecurityFilterChain portalSecurity(HttpSecurity http, SignIn signIn, RateLimits rateLimits, BucketStore buckets,
			ScrapeToken scrapeToken,
			ObjectProvider<Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>> features)
			throws Exception {
		http.authorizeHttpRequests((requests) -> {
			features.orderedStream().forEach((rules) -> rules.customize(requests));
			requests.requestMatchers("/api/me")
				.authenticated()
				// the citizen's own settings, whichever module serves them
				.requestMatchers("/api/me/**")
				.hasRole("CITIZEN")
				.requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**")
				.permitAll()
				// what the platform runs on is for its operators only
				.requestMatchers(ScrapeToken.PATH)
				.access(scrapeToken.adminOrScraper())
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				// HEAD as GET: uptime monitors ask with it
				.requestMatchers(HttpMethod.GET, PORTAL_PAGES)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, PORTAL_PAGES)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/webjars/**", "/favicon.ico", SERVICE_WORKER)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/webjars/**", "/favicon.ico", SERVICE_WORKER)
				.permitAll()
				.anyRequest()
				.authenticated();
		})
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.ignoringRequestMatchers(PortalSecurityConfig::cannotBeForged))
			.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
			// sign-in attempts per client address, before any sign-in filter
			.addFilterBefore(new RateLimitFilter("sign-in", SIGN_IN, HttpServletRequest::getRemoteAddr,
					rateLimits.signIn(), buckets), LogoutFilter.class)
			// submissions per signed-in user, once the user is known
			.addFilterAfter(new RateLimitFilter("submissions", SUBMISSIONS, PortalSecurityConfig::userOrAddress,
					rateLimits.submissions(), buckets), AuthorizationFilter.class)
			// checks of issued documents per client address: anyone may check, no one may
			// try codes by the thousand
			.addFilterAfter(new RateLimitFilter("verification", VERIFICATIONS, HttpServletRequest::getRemoteAddr,
					rateLimits.verification(), buckets), AuthorizationFilter.class)
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; worker-src 'self'; manifest-src 'self'; object-src 'none'; "
						+ "base-uri 'self'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny()))
			.requestCache((cache) -> cache.requestCache(browserRequestsOnly()))
			.exceptionHandling((errors) -> errors.defaultAuthenticationEntryPointFor(signIn.apiChallenge(), API)
				.defaultAccessDeniedHandlerFor(ProblemResponses.forbidden(), API));
		signIn.browsers(http);
		signIn.apiClients(http);
		return http.build();
	}

	private static String userOrAddress(HttpServletRequest request) {
		return (request.getUserPrincipal() != null) ? "user:" + request.getUserPrincipal().getName()
				: "address:" + request.getRemoteAddr();
	}

	/**
	 * Remember a page to return to after sign-in, but never an API call (and open no
	 * session for it).
	 */
	private static RequestCache browserRequestsOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new NegatedRequestMatcher(API));
		return cache;
	}

	/**
	 * A forged cross-site request rides on the victim's session cookie. One that brings
	 * its own credentials, or no session at all, has nothing to ride on (sign-in itself
	 * stays protected).
	 */
	private static boolean cannotBeForged(HttpServletRequest request) {
		if (LOGIN.matches(request)) {
			return false;
		}
		if (WEBHOOKS.matches(request)) {
			return true; // authenticated by the provider's signature, never by a session
		}
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() == null;
	}

	/** {@code ESERVICES_METRICS_TOKEN}: what Prometheus sends to read the metrics. */
	@Bean
	ScrapeToken scrapeToken(@Value("${eservices.metrics.scrape-token:}") String token) {
		return new ScrapeToken(token);
	}

	@Bean
	@Profile("!keycloak")
	CachingAuthenticationProvider engineIdentityAuthenticationProvider(IdentityService identityService) {
		return new CachingAuthenticationProvider(new EngineIdentityAuthenticationProvider(identityService));
	}

	/**
	 * The rules' paths ({@code requestMatchers("/api/**")}) match the request path as it
	 * is, as Spring Security 7 does by default, instead of asking Spring MVC on every
	 * call which servlet and handler the request goes to.
	 */
	@Bean
	static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
		return new PathPatternRequestMatcherBuilderFactoryBean();
	}

	/** For every filter chain, the engine's and the webapps' too. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return ProblemResponses.rejectedAddress();
	}

	/**
	 * No observation wrapper around every security filter: measurable CPU per request,
	 * little insight.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
