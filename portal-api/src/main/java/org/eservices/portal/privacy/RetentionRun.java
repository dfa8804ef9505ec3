package org.eservices.portal.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.drafts.Drafts;
import org.eservices.portal.requests.Requests;
import org.eservices.portal.requests.ServiceRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes what outlived its retention ({@link RetentionSettings}, an e-service's own
 * {@code eservice.retentionMonths}): decided requests with their documents, cases and
 * messages (payments and decisions stay as retained records); drafts nobody touched; the
 * text of old messages; old audit entries; retained records at the end of their period.
 * Run by the engine's timer ({@code data-retention}), so one node of a cluster runs it;
 * recorded in the audit log. {@link #preview()} lists the same without removing anything.
 */
@Service
public class RetentionRun {

	static final String EXPIRED = "Withdrawn: its retention ended";

	private final RetentionSettings settings;

	private final Requests requests;

	private final ServiceCatalog catalog;

	private final CaseErasure cases;

	private final Drafts drafts;

	private final ObjectProvider<MessageBodies> messages;

	private final AuditLog audit;

	private final RetainedRecords retained;

	private final Clock clock;

	RetentionRun(RetentionSettings settings, Requests requests, ServiceCatalog catalog, CaseErasure cases,
			Drafts drafts, ObjectProvider<MessageBodies> messages, AuditLog audit, RetainedRecords retained,
			Clock clock) {
		this.settings = settings;
		this.requests = requests;
		this.catalog = catalog;
		this.cases = cases;
		this.drafts = drafts;
		this.messages = messages;
		this.audit = audit;
		this.retained = retained;
		this.clock = clock;
	}

	/** What a run would remove now, with the requests by reference. */
	@Transactional(readOnly = true)
	public Report preview() {
		Instant now = this.clock.instant();
		MessageBodies bodies = this.messages.getIfAvailable();
		return new Report(true, now, references(expiredRequests(now)),
				this.drafts.countSavedBefore(now.minus(this.settings.drafts())),
				(bodies != null) ? bodies.countSentBefore(now.minus(this.settings.messageBodies())) : 0,
				this.audit.countBefore(auditLimit(now)), this.retained.countExpired());
	}

	@Transactional
	public Report run() {
		Instant now = this.clock.instant();
		List<ServiceRequest> expired = expiredRequests(now);
		List<String> references = references(expired);
		this.cases.erase(null, expired, EXPIRED);
		MessageBodies bodies = this.messages.getIfAvailable();
		// the entries older than the limit go first: this run's own entry is new
		long auditEntries = this.audit.deleteBefore(auditLimit(now));
		Report report = new Report(false, now, references,
				this.drafts.eraseSavedBefore(now.minus(this.settings.drafts())),
				(bodies != null) ? bodies.eraseSentBefore(now.minus(this.settings.messageBodies())) : 0, auditEntries,
				this.retained.removeExpired());
		this.audit.record(AuditKind.RETENTION_RUN, AuditLog.SYSTEM, "retention", report.summary(), null);
		return report;
	}

	private List<ServiceRequest> expiredRequests(Instant now) {
		List<ServiceRequest> expired = new ArrayList<>();
		for (String service : this.requests.servicesWithClosedRequests()) {
			Integer own = this.catalog.find(service).map(EService::retentionMonths).orElse(null);
			int months = (own != null) ? own : this.settings.decidedRequestsMonths();
			Instant before = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
			expired.addAll(this.requests.closedBefore(service, before, this.settings.batch()));
		}
		return expired;
	}

	private Instant auditLimit(Instant now) {
		return now.atOffset(ZoneOffset.UTC).minus(this.settings.auditEntries()).toInstant();
	}

	private static List<String> references(List<ServiceRequest> requests) {
		return requests.stream().map(ServiceRequest::getReference).toList();
	}

	/**
	 * @param dryRun a preview: nothing was removed
	 * @param requests the decided requests (references) past their retention
	 * @param drafts drafts nobody touched within their retention
	 * @param messageBodies messages whose text is past its retention
	 * @param auditEntries audit entries past their retention
	 * @param retainedRecords retained records at the end of their period
	 */
	public record Report(boolean dryRun, Instant at, List<String> requests, long drafts, long messageBodies,
			long auditEntries, long retainedRecords) {

		String summary() {
			Map<String, Object> counts = new LinkedHashMap<>();
			counts.put("requests", this.requests.size());
			counts.put("drafts", this.drafts);
			counts.put("message texts", this.messageBodies);
			counts.put("audit entries", this.auditEntries);
			counts.put("retained records", this.retainedRecords);
			List<String> parts = new ArrayList<>();
			counts.forEach((what, count) -> parts.add(what + " " + count));
			return "Removed after their retention: " + String.join(", ", parts);
		}

	}

}
