package org.eservices.portal.signup;

import org.eservices.portal.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Anyone may sign up.
 */
@Configuration(proxyBeanMethods = false)
class SignUpAccess {

	@Bean
	AccessRules signUpRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, "/api/signup")
			.permitAll()
			.requestMatchers("/signup")
			.permitAll();
	}

}
