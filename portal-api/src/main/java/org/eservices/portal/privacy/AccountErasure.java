package org.eservices.portal.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.drafts.Drafts;
import org.eservices.portal.requests.RequestErasure;
import org.eservices.portal.requests.RequestView;
import org.eservices.portal.requests.Requests;
import org.eservices.portal.requests.ServiceRequest;
import org.eservices.portal.security.RememberedSignIns;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right to erasure: a person's account and everything about them goes from every
 * store, in one transaction. Their open requests are withdrawn first; the engine's
 * runtime and history of their cases (variables, tasks, comments) are deleted; the
 * request index, drafts, documents, the connectors' stores; the audit log keeps its
 * entries under a pseudonym. What the law makes the body keep (payments, issued
 * decisions) stays as retained records, reduced and with the reason, until its period
 * ends. Last the sign-in account (Keycloak's too): if that fails, nothing is erased.
 */
@Service
public class AccountErasure {

	static final String WITHDRAWN = "Withdrawn: the applicant erased their account";

	static final String DECISIONS = "Register of decisions: the licences and certificates the public body issued";

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	private final Requests requests;

	private final RequestErasure requestErasure;

	private final Drafts drafts;

	private final Attachments attachments;

	private final AuditLog audit;

	private final List<PersonalDataPart> parts;

	private final RetainedRecords retained;

	private final ErasureRequestRepository erasures;

	private final ObjectProvider<AccountDirectory> directory;

	private final ObjectProvider<RememberedSignIns> signIns;

	private final Clock clock;

	AccountErasure(IdentityService identityService, AuthorizationService authorizationService,
			RuntimeService runtimeService, HistoryService historyService, Requests requests,
			RequestErasure requestErasure, Drafts drafts, Attachments attachments, AuditLog audit,
			List<PersonalDataPart> parts, RetainedRecords retained, ErasureRequestRepository erasures,
			ObjectProvider<AccountDirectory> directory, ObjectProvider<RememberedSignIns> signIns, Clock clock) {
		this.signIns = signIns;
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
		this.requests = requests;
		this.requestErasure = requestErasure;
		this.drafts = drafts;
		this.attachments = attachments;
		this.audit = audit;
		this.parts = parts;
		this.retained = retained;
		this.erasures = erasures;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional
	public Erased erase(String citizenId) {
		String pseudonym = "erased-" + UUID.randomUUID();
		ErasureRequest erasure = this.erasures.save(new ErasureRequest(pseudonym, this.clock.instant()));
		this.audit.record(AuditKind.ERASURE_REQUESTED, citizenId, citizenId, "Asked for their account to be erased");
		User user = this.identityService.createUserQuery().userId(citizenId).singleResult();

		List<ServiceRequest> own = this.requests.allOf(citizenId);
		List<String> references = own.stream().map(ServiceRequest::getReference).toList();
		List<String> withdrawn = own.stream()
			.filter((request) -> request.getClosedAt() == null)
			.map(ServiceRequest::getReference)
			.toList();
		int decisions = keepDecisions(own);
		// every case about them: the e-service's, and the platform's under the same
		// reference (a late payment's refund)
		List<HistoricProcessInstance> cases = references.isEmpty() ? List.of()
				: this.historyService.createHistoricProcessInstanceQuery()
					.processInstanceBusinessKeyIn(references.toArray(String[]::new))
					.list();
		cases.stream()
			.filter((instance) -> instance.getEndTime() == null)
			.forEach((instance) -> this.runtimeService.deleteProcessInstance(instance.getId(), WITHDRAWN));
		List<String> instances = cases.stream().map(HistoricProcessInstance::getId).toList();
		CitizenRecords records = new CitizenRecords(citizenId, references, instances);

		Map<String, Integer> erased = new LinkedHashMap<>();
		for (PersonalDataPart part : this.parts) {
			erased.put(part.name(), part.erase(records, this.retained));
		}
		this.historyService.deleteHistoricProcessInstancesIfExists(instances);
		erased.put("cases", instances.size());
		erased.put("requests", this.requestErasure.erase(citizenId));
		erased.put("documents", this.attachments.erase(citizenId, references));
		erased.put("drafts", this.drafts.erase(citizenId));
		erased.put("auditEntries", this.audit.pseudonymise(citizenId, pseudonym));
		removeAccount(citizenId);

		String summary = summary(erased, withdrawn.size(), decisions);
		erasure.completed(this.clock.instant(), summary);
		this.audit.record(AuditKind.ACCOUNT_ERASED, pseudonym, pseudonym, summary, null);
		return new Erased(pseudonym, (user != null) ? user.getEmail() : null,
				(user != null) ? user.getFirstName() : null, withdrawn);
	}

	/** What a request's outcome says (a licence number) outlives the request. */
	private int keepDecisions(List<ServiceRequest> own) {
		int kept = 0;
		for (ServiceRequest request : own) {
			RequestView view = this.requests.detail(request, Locale.ENGLISH);
			if (request.getClosedAt() != null && view.outcome() != null && !view.outcome().isEmpty()) {
				Map<String, Object> fields = new LinkedHashMap<>();
				fields.put("service", request.getServiceKey());
				fields.put("status", request.getStatus());
				fields.put("decidedAt", request.getClosedAt());
				fields.putAll(view.outcome());
				this.retained.keep(request.getReference(), "decision", fields, DECISIONS);
				kept++;
			}
		}
		return kept;
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
