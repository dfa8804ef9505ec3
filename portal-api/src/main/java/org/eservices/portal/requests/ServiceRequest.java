package org.eservices.portal.requests;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.Milestone;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * A citizen's request for an e-service, as indexed by the platform.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest {

	static final String SUBMITTED = "submitted";

	/** Ended by an admin, not by its process. */
	static final String WITHDRAWN = "withdrawn";

	@Id
	private Long id;

	private String reference;

	private String serviceKey;

	private String serviceName;

	private String processDefinitionId;

	private String processInstanceId;

	private String citizenId;

	private String status;

	private String statusLabel;

	@Column(columnDefinition = "text")
	private String submittedData;

	private String idempotencyKey;

	private String requestHash;

	private Instant submittedAt;

	private Instant updatedAt;

	private Instant closedAt;

	/**
	 * The applicant's name as answered ({@code applicantName}), for the staff's search.
	 */
	private String applicantName;

	/** The same as searched: {@link #searchKey(String)}. */
	private String applicantKey;

	/**
	 * Oldest first. Replaced, never changed in place: Hibernate compares it instead of
	 * keeping a serialized copy.
	 */
	@Convert(converter = TimelineColumn.class)
	@Mutability(Immutability.class)
	@Column(columnDefinition = "text")
	private List<TimelineStep> timeline = List.of();

	protected ServiceRequest() {
	}

	ServiceRequest(long id, EService service, ZoneId zone, String citizenId, String submittedData,
			String idempotencyKey, String requestHash, Instant now) {
		this.id = id;
		this.serviceKey = service.key();
		this.serviceName = service.name();
		this.processDefinitionId = service.definitionId();
		this.citizenId = citizenId;
		this.status = SUBMITTED;
		this.statusLabel = "Submitted";
		this.submittedData = submittedData;
		this.idempotencyKey = idempotencyKey;
		this.requestHash = requestHash;
		this.submittedAt = stored(now);
		this.updatedAt = this.submittedAt;
		// PREFIX-YEAR-NNNNNN, the number being the row's id
		this.reference = "%s-%d-%06d".formatted(service.referencePrefix(), now.atZone(zone).getYear(), id);
	}

	/** Names the applicant, from the answer {@code applicantName} if the form has one. */
	void applicant(String name) {
		if (name == null || name.isBlank()) {
			return;
		}
		String written = name.strip();
		this.applicantName = written.substring(0, Math.min(200, written.length()));
		this.applicantKey = searchKey(this.applicantName);
	}

	/** How names are compared in a search: lower case, single spaces. */
	static String searchKey(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	public String getApplicantName() {
		return this.applicantName;
	}

	/**
	 * As precise as the database keeps a time, so that what a call answers equals what
	 * later calls read.
	 */
	private static Instant stored(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * The row id a reference number carries ({@code BL-2026-000042} is row 42), so the
	 * engine's business key leads to the row by primary key.
	 */
	static Long idOf(String reference) {
		int dash = reference.lastIndexOf('-');
		try {
			return (dash >= 0) ? Long.valueOf(reference.substring(dash + 1)) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void reached(Milestone milestone, String activityId, Instant at) {
		Instant stamp = stored(at);
		this.status = milestone.code();
		this.statusLabel = milestone.label();
		this.updatedAt = stamp;
		List<TimelineStep> steps = new ArrayList<>(this.timeline);
		steps.add(new TimelineStep(milestone.code(), milestone.label(), activityId, stamp));
		this.timeline = List.copyOf(steps);
	}

	/**
	 * The case was ended from outside its process (by an admin): the request says so,
	 * with the time, instead of the last step it reached.
	 */
	void withdrawn(Instant at) {
		reached(new Milestone(WITHDRAWN, "Withdrawn"), null, at);
	}

	void closed(Instant at) {
		this.closedAt = stored(at);
		this.updatedAt = this.closedAt;
	}

	public List<TimelineStep> getTimeline() {
		return this.timeline;
	}

	public Long getId() {
		return this.id;
	}

	public String getReference() {
		return this.reference;
	}

	public String getServiceKey() {
		return this.serviceKey;
	}

	public String getServiceName() {
		return this.serviceName;
	}

	public String getProcessDefinitionId() {
		return this.processDefinitionId;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public String getCitizenId() {
		return this.citizenId;
	}

	public String getStatus() {
		return this.status;
	}

	public String getStatusLabel() {
		return this.statusLabel;
	}

	public String getSubmittedData() {
		return this.submittedData;
	}

	public String getRequestHash() {
		return this.requestHash;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

}
