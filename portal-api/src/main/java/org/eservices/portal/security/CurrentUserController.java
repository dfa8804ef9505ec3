package org.eservices.portal.security;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, with their roles and groups: what a client needs to show the right
 * pages.
 */
@RestController
class CurrentUserController {

	@GetMapping("/api/me")
	CurrentUser me(PortalUser user) {
		return new CurrentUser(user.id(), user.roles().stream().sorted().toList(),
				user.groups().stream().filter((group) -> !Roles.ALL.contains(group)).sorted().toList());
	}

	record CurrentUser(String userId, List<String> roles, List<String> departments) {

	}

}
