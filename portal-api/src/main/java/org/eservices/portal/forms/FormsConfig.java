package org.eservices.portal.forms;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FormsConfig {

	@Bean
	FormValidator formValidator(FeelEvaluator feelEvaluator, ObjectMapper objectMapper) {
		return new FormValidator(feelEvaluator, objectMapper);
	}

	@Bean
	FeelEvaluator feelEvaluator() {
		return new ScalaFeelEvaluator();
	}

}
