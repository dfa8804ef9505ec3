package org.eservices.app.logging;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The request log context around everything else, security and the engine's APIs
 * included, so that their lines carry the request id too.
 */
@Configuration(proxyBeanMethods = false)
class LoggingConfig {

	@Bean
	FilterRegistrationBean<RequestLogContext> requestLogContext() {
		FilterRegistrationBean<RequestLogContext> registration = new FilterRegistrationBean<>(new RequestLogContext());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
