package org.eservices.portal.signup;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.eservices.portal.security.GroupAuthorities;
import org.eservices.portal.security.Roles;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Citizen self-registration under local identity (with Keycloak, its own registration
 * page does this). The new citizen is signed in at once, with a fresh session.
 */
@RestController
@Profile("!keycloak")
class SignUpController {

	private final CitizenSignUps signUps;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SignUpController(CitizenSignUps signUps) {
		this.signUps = signUps;
	}

	@PostMapping("/api/signup")
	ResponseEntity<SignedUp> signUp(@Valid @RequestBody SignUpForm form, HttpServletRequest request,
			HttpServletResponse response) {
		String userId = this.signUps.signUp(form);
		signIn(userId, request, response);
		return ResponseEntity.created(URI.create("/api/me"))
			.body(new SignedUp(userId, form.firstName(), form.lastName()));
	}

	private void signIn(String userId, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId(); // no session fixation
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null,
				GroupAuthorities.of(List.of(Roles.CITIZEN))));
		SecurityContextHolder.setContext(context);
		this.sessions.saveContext(context, request, response);
	}

	record SignedUp(String userId, String firstName, String lastName) {

	}

}
