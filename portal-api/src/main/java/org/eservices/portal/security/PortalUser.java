package org.eservices.portal.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user as the API sees it, whatever the identity source.
 *
 * @param id user id (the engine's user id, used as assignee and as the citizen's id)
 * @param roles platform roles, see {@link Roles}
 * @param groups every group, department groups included (the BPMN candidate groups)
 */
public record PortalUser(String id, Set<String> roles, List<String> groups) {

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	public static PortalUser of(Authentication authentication) {
		Set<String> roles = new HashSet<>();
		List<String> groups = new ArrayList<>();
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			String authority = granted.getAuthority();
			if (authority.startsWith(Roles.ROLE_PREFIX)) {
				roles.add(authority.substring(Roles.ROLE_PREFIX.length()).toLowerCase());
			}
			else if (authority.startsWith(Roles.GROUP_PREFIX)) {
				groups.add(authority.substring(Roles.GROUP_PREFIX.length()));
			}
		}
		return new PortalUser(authentication.getName(), Set.copyOf(roles), List.copyOf(groups));
	}

}
