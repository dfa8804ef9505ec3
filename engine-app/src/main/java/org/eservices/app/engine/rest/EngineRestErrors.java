package org.eservices.app.engine.rest;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's answers to errors of the engine REST API that Camunda answers 500. */
@Configuration(proxyBeanMethods = false)
class EngineRestErrors {

	@Bean
	ResourceConfigCustomizer existingEntityConflict() {
		return (config) -> config.register(ExistingEntityConflict.class);
	}

}
