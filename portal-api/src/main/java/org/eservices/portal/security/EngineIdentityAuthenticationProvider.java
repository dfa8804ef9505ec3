package org.eservices.portal.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Local identity: checks user name and password against the engine's identity tables, the
 * same users Cockpit knows.
 */
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	public EngineIdentityAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null
				|| !this.identityService.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("Wrong user name or password");
		}
		List<String> groups = this.identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, GroupAuthorities.of(groups));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
