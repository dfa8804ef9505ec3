package org.eservices.portal.documents;

import org.eservices.portal.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Anyone may check a document by its code; admins revoke; the citizen's receipts are
 * under their requests, whose rules apply.
 */
@Configuration(proxyBeanMethods = false)
class DocumentsAccess {

	@Bean
	AccessRules documentRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, VerificationController.PATH)
			.permitAll()
			.requestMatchers("/api/admin/documents", "/api/admin/documents/**")
			.hasRole("ADMIN");
	}

}
