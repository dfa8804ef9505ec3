package org.eservices.app.web;

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

	/** With Keycloak, citizens register on its sign-in page (the realm allows it). */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/signup")
			.setViewName(this.keycloak ? "redirect:/oauth2/authorization/keycloak" : "forward:/signup.html");
	}

}
