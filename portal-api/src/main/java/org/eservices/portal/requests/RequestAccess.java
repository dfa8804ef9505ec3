package org.eservices.portal.requests;

import org.eservices.portal.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Citizens submit requests and follow their own; staff search those of their departments.
 */
@Configuration(proxyBeanMethods = false)
class RequestAccess {

	@Bean
	AccessRules requestRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, "/api/services/*/requests")
			.hasRole("CITIZEN")
			.requestMatchers("/api/requests/**")
			.hasRole("CITIZEN")
			.requestMatchers("/api/workspace/**")
			.hasAnyRole("CLERK", "SUPERVISOR");
	}

}
