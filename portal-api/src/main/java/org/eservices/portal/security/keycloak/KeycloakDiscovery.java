package org.eservices.portal.security.keycloak;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * The realm's OpenID provider metadata, read once from the internal address on first use
 * (so the platform starts even while Keycloak is still starting). Keycloak names its
 * public endpoints and issuer in it; with {@code hostname-backchannel-dynamic} the token
 * and key endpoints stay internal.
 */
class KeycloakDiscovery implements Supplier<Map<String, Object>> {

	private final SingletonSupplier<Map<String, Object>> metadata;

	KeycloakDiscovery(KeycloakProperties properties, RestClient.Builder http) {
		String location = properties.internalRealmUrl() + "/.well-known/openid-configuration";
		RestClient client = http.build();
		this.metadata = SingletonSupplier
			.of(() -> client.get().uri(location).retrieve().body(new ParameterizedTypeReference<>() {
			}));
	}

	@Override
	public Map<String, Object> get() {
		return this.metadata.obtain();
	}

	String issuer() {
		return (String) get().get("issuer");
	}

	String endpoint(String name) {
		return (String) get().get(name);
	}

}
