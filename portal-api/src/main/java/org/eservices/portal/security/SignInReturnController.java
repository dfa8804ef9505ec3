package org.eservices.portal.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /signin?next=/page}: needs a signed-in user, so an anonymous browser goes
 * through the sign-in of the identity source (form or Keycloak) and comes back here, then
 * to the page it came from.
 */
@Controller
class SignInReturnController {

	@GetMapping("/signin")
	String signIn(@RequestParam(defaultValue = "/") String next) {
		return "redirect:" + (isPortalPath(next) ? next : "/");
	}

	/** Only this site's pages: no open redirect to another host. */
	private static boolean isPortalPath(String path) {
		return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !path.contains("\r")
				&& !path.contains("\n");
	}

}
