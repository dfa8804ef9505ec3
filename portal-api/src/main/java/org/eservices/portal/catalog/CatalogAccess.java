package org.eservices.portal.catalog;

import org.eservices.portal.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The catalog is public: anyone may read which e-services there are (HEAD as GET, for
 * monitors).
 */
@Configuration(proxyBeanMethods = false)
class CatalogAccess {

	@Bean
	AccessRules catalogRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/services", "/api/services/*")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/api/services", "/api/services/*")
			.permitAll();
	}

}
