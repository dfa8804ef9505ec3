package org.eservices.portal.signup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.forms.FormValidationException;
import org.eservices.portal.i18n.Messages;
import org.eservices.portal.security.Roles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates citizen accounts in local identity, the engine's user tables.
 */
@Service
class CitizenSignUps {

	private final IdentityService identityService;

	private final AuditLog auditLog;

	CitizenSignUps(IdentityService identityService, AuditLog auditLog) {
		this.identityService = identityService;
		this.auditLog = auditLog;
	}

	/** The new citizen's user id; user, membership and audit entry commit together. */
	@Transactional
	String signUp(SignUpForm form) {
		String userId = form.userId();
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (this.identityService.createUserQuery().userId(userId).count() > 0) {
			errors.put("email", List.of(Messages.get("signup.emailTaken")));
		}
		if (form.password().trim().equalsIgnoreCase(form.email())) {
			errors.put("password", List.of(Messages.get("signup.passwordIsEmail")));
		}
		if (!errors.isEmpty()) {
			throw new FormValidationException(errors);
		}
		User user = this.identityService.newUser(userId);
		user.setEmail(userId);
		user.setFirstName(form.firstName());
		user.setLastName(form.lastName());
		user.setPassword(form.password());
		this.identityService.saveUser(user);
		this.identityService.createMembership(userId, Roles.CITIZEN);
		this.auditLog.record(AuditKind.SIGN_UP, userId, userId, "Created a citizen account.");
		return userId;
	}

}
