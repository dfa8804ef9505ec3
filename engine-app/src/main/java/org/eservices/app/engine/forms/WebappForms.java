package org.eservices.app.engine.forms;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the Camunda webapps show the platform's forms. */
@Configuration(proxyBeanMethods = false)
class WebappForms {

	/**
	 * After Spring Security (order -100): only what a signed-in user may read is
	 * rewritten.
	 */
	@Bean
	FilterRegistrationBean<LiteralTextInWebappForms> literalTextInWebappForms(
			@Value("${camunda.bpm.webapp.application-path}") String applicationPath, ObjectMapper json) {
		FilterRegistrationBean<LiteralTextInWebappForms> registration = new FilterRegistrationBean<>(
				new LiteralTextInWebappForms(applicationPath, json));
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(100);
		return registration;
	}

}
