package org.eservices.app.identity;

import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.eservices.portal.security.keycloak.KeycloakProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The keycloak profile's identity provider: the engine, its webapps and its task queries
 * read users and groups from the realm, through the realm's service-account client.
 * Camunda user ids are e-mail addresses, as the portal names users (see the tokens'
 * {@code email} claim); group ids are group names ("licensing"), as the BPMN candidate
 * groups name them. Queries and password checks are cached; engine authorizations come
 * from {@link EngineAuthorizations}, so no administrator user is configured.
 */
@Component
@Profile("keycloak")
@Order(0)
class KeycloakIdentity extends KeycloakIdentityProviderPlugin {

	KeycloakIdentity(KeycloakProperties keycloak, @Value("${eservices.keycloak.camunda.client-id}") String clientId,
			@Value("${eservices.keycloak.camunda.client-secret}") String clientSecret,
			@Value("${eservices.keycloak.camunda.cache-minutes:5}") int cacheMinutes) {
		setKeycloakIssuerUrl(keycloak.internalRealmUrl());
		setKeycloakAdminUrl(keycloak.internalAdminUrl());
		setClientId(clientId);
		setClientSecret(clientSecret);
		setUseEmailAsCamundaUserId(true);
		setUseGroupPathAsCamundaGroupId(true);
		setCacheEnabled(true);
		setMaxCacheSize(1000);
		setCacheExpirationTimeoutMin(cacheMinutes);
		setLoginCacheEnabled(true);
		setLoginCacheExpirationTimeoutMin(cacheMinutes);
	}

}
