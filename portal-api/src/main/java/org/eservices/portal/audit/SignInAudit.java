package org.eservices.portal.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Audits sign-ins through a page (not each API call that brings its own credentials),
 * failed attempts with a password, and sign-outs, from Spring Security's events.
 */
@Component
class SignInAudit {

	private final AuditLog auditLog;

	SignInAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		Authentication user = event.getAuthentication();
		this.auditLog.record(AuditKind.SIGN_IN, user.getName(), user.getName(), "Signed in.", address(user));
	}

	/** A rejected bearer token is an expired app session, not an attempt to guess. */
	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		if (attempt instanceof BearerTokenAuthenticationToken) {
			return;
		}
		String name = (attempt.getName() != null && !attempt.getName().isBlank()) ? attempt.getName() : null;
		this.auditLog.record(AuditKind.SIGN_IN_FAILED, name, name,
				"Sign-in refused: " + event.getException().getMessage(), address(attempt));
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		Authentication user = event.getAuthentication();
		this.auditLog.record(AuditKind.SIGN_OUT, user.getName(), user.getName(), "Signed out.", address(user));
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
