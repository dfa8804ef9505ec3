package org.eservices.app.web;

import java.time.Duration;

import org.eservices.portal.security.PortalSecurityConfig;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Addresses of the portal's pages that are not files of their own.
 */
@Configuration(proxyBeanMethods = false)
class PortalPages implements WebMvcConfigurer {

	private final boolean keycloak;

	PortalPages(Environment environment) {
		this.keycloak = environment.acceptsProfiles(Profiles.of("keycloak"));
	}

	private static final String PORTAL = "forward:/webjars/portal-web/index.html";

	/**
	 * The portal's built scripts and styles have their content's hash in their names: a
	 * browser keeps them for a year and never asks again; the page that names them is
	 * always asked for.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/portal-web/assets/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/portal-web/assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

	/**
	 * With local identity the portal has the sign-in and sign-up pages; with Keycloak,
	 * citizens sign in and register on its pages (the realm allows registration).
	 */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		for (String route : PortalSecurityConfig.PORTAL_PAGES) {
			registry.addViewController(route).setViewName(PORTAL);
		}
		// the service worker from the root: a worker controls the pages under its own
		// address only, and the portal's pages start at "/"
		registry.addViewController(PortalSecurityConfig.SERVICE_WORKER)
			.setViewName("forward:/webjars/portal-web/sw.js");
		if (this.keycloak) {
			registry.addViewController("/signup").setViewName("redirect:/oauth2/authorization/keycloak");
		}
		else {
			registry.addViewController("/login").setViewName(PORTAL);
			registry.addViewController("/signup").setViewName(PORTAL);
		}
	}

}
