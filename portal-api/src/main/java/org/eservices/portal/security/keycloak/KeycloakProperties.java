package org.eservices.portal.security.keycloak;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the realm is and how the platform signs in to it.
 *
 * @param url Keycloak as browsers reach it; tokens name it as their issuer
 * @param internalUrl Keycloak as this server reaches it (in a container network, say);
 * defaults to {@code url}
 * @param realm the realm
 * @param clientId the confidential client of the server-side sign-in
 * @param clientSecret its secret, from the environment only
 * @param audience the audience every API token must carry
 * @param clockSkew how far token times may be off this server's clock
 */
@ConfigurationProperties("eservices.keycloak")
public record KeycloakProperties(String url, String internalUrl, String realm, String clientId, String clientSecret,
		String audience, Duration clockSkew) {

	public KeycloakProperties {
		if (internalUrl == null || internalUrl.isBlank()) {
			internalUrl = url;
		}
	}

	/** The realm's base address as this server reaches it. */
	public String internalRealmUrl() {
		return stripSlash(this.internalUrl) + "/realms/" + this.realm;
	}

	/** The realm's admin API as this server reaches it. */
	public String internalAdminUrl() {
		return stripSlash(this.internalUrl) + "/admin/realms/" + this.realm;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
