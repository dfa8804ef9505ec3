package org.eservices.connectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call the connectors' endpoints, for the application's web security to apply:
 * providers' webhooks are open (each checks its provider's signature), a citizen's
 * notification preferences are the citizen's, the sandbox mailbox is the operators'.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HttpSecurity.class)
class ConnectorEndpointAccess {

	@Bean
	Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> connectorEndpointRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, "/api/webhooks/**")
			.permitAll()
			.requestMatchers("/api/me/notification-preferences", "/api/me/notification-preferences/**")
			.hasRole("CITIZEN")
			.requestMatchers("/api/dev/**")
			.hasRole("ADMIN");
	}

}
