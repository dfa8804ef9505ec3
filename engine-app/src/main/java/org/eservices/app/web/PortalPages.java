package org.eservices.app.web;

import org.eservices.portal.security.PortalSecurityConfig;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
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

	/** With Keycloak, citizens register on its sign-in page (the realm allows it). */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		for (String route : PortalSecurityConfig.PORTAL_PAGES) {
			registry.addViewController(route).setViewName(PORTAL);
		}
		registry.addViewController("/signup")
			.setViewName(this.keycloak ? "redirect:/oauth2/authorization/keycloak" : "forward:/signup.html");
	}

}
