package org.eservices.app.web;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keycloak's back-channel logout for a cluster: Spring Security's sign-in and logout take
 * the one {@link OidcSessionRegistry} bean there is, this one in the database, instead of
 * a registry in each node's memory.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class SharedOidcSessions {

	@Bean
	OidcSessionRegistry oidcSessionRegistry(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper json,
			Clock clock) {
		return new DatabaseOidcSessionRegistry(jdbc, transactions, json, clock);
	}

}
