package org.eservices.portal.privacy;

import org.eservices.portal.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A citizen takes and erases their own data; staff accounts are the admins' to manage.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyAccess {

	@Bean
	AccessRules privacyRules() {
		return (rules) -> rules.requestMatchers("/api/me/data", "/api/me/erasure")
			.hasRole("CITIZEN")
			.requestMatchers("/api/admin/erasures", "/api/admin/retention")
			.hasRole("ADMIN");
	}

}
