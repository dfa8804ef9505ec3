package org.eservices.portal.drafts;

import org.eservices.portal.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A draft is its citizen's.
 */
@Configuration(proxyBeanMethods = false)
class DraftAccess {

	@Bean
	AccessRules draftRules() {
		return (rules) -> rules.requestMatchers("/api/services/*/draft", "/api/services/*/draft/**", "/api/drafts")
			.hasRole("CITIZEN");
	}

}
