package org.eservices.portal.security.keycloak;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eservices.portal.security.GroupAuthorities;
import org.eservices.portal.security.Roles;

import org.springframework.security.core.GrantedAuthority;

/**
 * A Keycloak token's {@code roles} (the platform's realm roles) and {@code groups}
 * (department groups) as the same authorities local identity gives.
 */
final class KeycloakAuthorities {

	static final String ROLES_CLAIM = "roles";

	static final String GROUPS_CLAIM = "groups";

	private KeycloakAuthorities() {
	}

	static List<GrantedAuthority> of(Map<String, Object> claims) {
		Set<String> groups = new LinkedHashSet<>();
		for (String role : strings(claims.get(ROLES_CLAIM))) {
			if (Roles.ALL.contains(role)) {
				groups.add(role);
			}
		}
		groups.addAll(strings(claims.get(GROUPS_CLAIM)));
		return GroupAuthorities.of(groups);
	}

	private static List<String> strings(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).map(KeycloakAuthorities::topLevelName).toList();
		}
		return List.of();
	}

	/** A group claimed with its full path ("/licensing") is the same group. */
	private static String topLevelName(String group) {
		return group.startsWith("/") ? group.substring(1) : group;
	}

}
