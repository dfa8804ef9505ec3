package org.eservices.portal.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Maps a user's groups to authorities: every group as {@code GROUP_x}, and the role
 * groups also as {@code ROLE_X}. Both identity sources use this, so authorization rules
 * are written once.
 */
public final class GroupAuthorities {

	private GroupAuthorities() {
	}

	public static List<GrantedAuthority> of(Collection<String> groups) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (String group : groups) {
			authorities.add(new SimpleGrantedAuthority(Roles.GROUP_PREFIX + group));
			if (Roles.ALL.contains(group)) {
				authorities.add(new SimpleGrantedAuthority(Roles.authority(group)));
			}
		}
		return authorities;
	}

}
