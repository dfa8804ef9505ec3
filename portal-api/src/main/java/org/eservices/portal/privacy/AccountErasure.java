package org.eservices.portal.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.drafts.Drafts;
import org.eservices.portal.requests.Requests;
import org.eservices.portal.security.RememberedSignIns;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right to erasure: a person's account and everything about them goes from every
 * store, in one transaction: their requests ({@link CaseErasure}: open ones withdrawn
 * first, payments and decisions kept as retained records), drafts, notification choices,
 * the audit log's mentions of them (the entries stay under a pseudonym), and last the
 * sign-in account (Keycloak's too): if that fails, nothing is erased.
 */
@Service
public class AccountErasure {

	static final String WITHDRAWN = "Withdrawn: the applicant erased their account";

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	private final Requests requests;

	private final CaseErasure cases;

	private final Drafts drafts;

	private final Attachments attachments;

	private final AuditLog audit;

	private final ErasureRequestRepository erasures;

	private final ObjectProvider<AccountDirectory> directory;

	private final ObjectProvider<RememberedSignIns> signIns;

	private final Clock clock;

	AccountErasure(IdentityService identityService, AuthorizationService authorizationService, Requests requests,
			CaseErasure cases, Drafts drafts, Attachments attachments, AuditLog audit,
			ErasureRequestRepository erasures, ObjectProvider<AccountDirectory> directory,
			ObjectProvider<RememberedSignIns> signIns, Clock clock) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.requests = requests;
		this.cases = cases;
		this.drafts = drafts;
		this.attachments = attachments;
		this.audit = audit;
		this.erasures = erasures;
		this.directory = directory;
		this.signIns = signIns;
		this.clock = clock;
	}

	@Transactional
	public Erased erase(String citizenId) {
		String pseudonym = "erased-" + UUID.randomUUID();
		ErasureRequest erasure = this.erasures.save(new ErasureRequest(pseudonym, this.clock.instant()));
		this.audit.record(AuditKind.ERASURE_REQUESTED, citizenId, citizenId, "Asked for their account to be erased");
		User user = this.identityService.createUserQuery().userId(citizenId).singleResult();

		CaseErasure.Result result = this.cases.erase(citizenId, this.requests.allOf(citizenId), WITHDRAWN);
		Map<String, Integer> erased = new LinkedHashMap<>(result.erased());
		erased.merge("documents", this.attachments.eraseDraftsOf(citizenId), Integer::sum);
		erased.put("drafts", this.drafts.erase(citizenId));
		erased.put("auditEntries", this.audit.pseudonymise(citizenId, pseudonym));
		removeAccount(citizenId);

		String summary = summary(erased, result.withdrawn().size(), result.decisions());
		erasure.completed(this.clock.instant(), summary);
		this.audit.record(AuditKind.ACCOUNT_ERASED, pseudonym, pseudonym, summary, null);
		return new Erased(pseudonym, (user != null) ? user.getEmail() : null,
				(user != null) ? user.getFirstName() : null, result.withdrawn());
	}

	private void removeAccount(String citizenId) {
		for (Authorization authorization : this.authorizationService.createAuthorizationQuery()
			.userIdIn(citizenId)
			.list()) {
			this.authorizationService.deleteAuthorization(authorization.getId());
		}
		for (Authorization authorization : this.authorizationService.createAuthorizationQuery()
			.resourceType(Resources.USER)
			.resourceId(citizenId)
			.list()) {
			this.authorizationService.deleteAuthorization(authorization.getId());
		}
		AccountDirectory elsewhere = this.directory.getIfAvailable();
		if (elsewhere != null) {
			elsewhere.remove(citizenId);
		}
		else {
			this.identityService.deleteUser(citizenId);
		}
		this.signIns.ifAvailable((remembered) -> remembered.forget(citizenId));
	}

	private static String summary(Map<String, Integer> erased, int withdrawn, int decisions) {
		List<String> parts = new ArrayList<>();
		erased.forEach((store, count) -> parts.add(store + " " + count));
		return "Erased: " + String.join(", ", parts) + "; withdrawn " + withdrawn + " open requests; kept " + decisions
				+ " decisions and the payments that took money, as retained records";
	}

	/**
	 * @param pseudonym what the audit log calls them now
	 * @param email where to confirm it, read before the account went
	 * @param withdrawn the requests that were still open
	 */
	public record Erased(String pseudonym, String email, String name, List<String> withdrawn) {

	}

}
