package org.eservices.portal.openapi;

import org.eservices.portal.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's documentation is public.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationAccess {

	@Bean
	AccessRules apiDocumentationRules() {
		return (rules) -> rules.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui", "/swagger-ui/**")
			.permitAll();
	}

}
