package org.eservices.portal.security;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, with their roles and groups: what a client needs to show the right
 * pages.
 */
@RestController
class CurrentUserController {

	@GetMapping("/api/me")
	CurrentUser me(Authentication authentication) {
		List<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.toList();
		List<String> roles = strip(authorities, Roles.ROLE_PREFIX).stream()
			.map((role) -> role.toLowerCase(Locale.ROOT))
			.toList();
		List<String> departments = strip(authorities, Roles.GROUP_PREFIX).stream()
			.filter((group) -> !Roles.ALL.contains(group))
			.toList();
		return new CurrentUser(authentication.getName(), roles, departments);
	}

	private static List<String> strip(List<String> authorities, String prefix) {
		return authorities.stream()
			.filter((authority) -> authority.startsWith(prefix))
			.map((authority) -> authority.substring(prefix.length()))
			.sorted()
			.toList();
	}

	record CurrentUser(String userId, List<String> roles, List<String> departments) {

	}

}
