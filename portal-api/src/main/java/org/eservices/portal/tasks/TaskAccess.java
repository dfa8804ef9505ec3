package org.eservices.portal.tasks;

import org.eservices.portal.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Clerks and supervisors work tasks; which ones, the engine decides.
 */
@Configuration(proxyBeanMethods = false)
class TaskAccess {

	@Bean
	AccessRules taskRules() {
		return (rules) -> rules.requestMatchers("/api/tasks/**").hasAnyRole("CLERK", "SUPERVISOR");
	}

}
