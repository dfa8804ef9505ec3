package org.eservices.app;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The platform in one JVM: embedded Camunda engine with its webapps and REST API, the
 * portal API, and the e-services in {@code bpmn/} and {@code forms/}.
 */
@SpringBootApplication
public class EservicesApplication {

	public static void main(String[] args) {
		SpringApplication.run(EservicesApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
