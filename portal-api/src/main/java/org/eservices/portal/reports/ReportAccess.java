package org.eservices.portal.reports;

import org.eservices.portal.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports are for supervisors (their departments' e-services) and admins (all). */
@Configuration(proxyBeanMethods = false)
class ReportAccess {

	@Bean
	AccessRules reportRules() {
		return (rules) -> rules.requestMatchers("/api/reports/**", "/api/reports").hasAnyRole("SUPERVISOR", "ADMIN");
	}

}
