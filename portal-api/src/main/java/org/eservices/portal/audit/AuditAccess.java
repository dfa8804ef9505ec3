package org.eservices.portal.audit;

import org.eservices.portal.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit log is the admins'.
 */
@Configuration(proxyBeanMethods = false)
class AuditAccess {

	@Bean
	AccessRules auditRules() {
		return (rules) -> rules.requestMatchers("/api/admin/**").hasRole("ADMIN");
	}

}
