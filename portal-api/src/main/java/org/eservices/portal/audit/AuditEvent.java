package org.eservices.portal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of the audit log; never changed once written.
 */
@Entity
@Table(name = "audit_event")
class AuditEvent {

	private static final int MAX_DETAIL = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AuditKind kind;

	@Column(updatable = false)
	private String actor;

	@Column(updatable = false)
	private String subject;

	@Column(updatable = false)
	private String detail;

	@Column(updatable = false)
	private String clientAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, AuditKind kind, String actor, String subject, String detail, String clientAddress) {
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.actor = truncate(actor, 255);
		this.subject = truncate(subject, 255);
		this.detail = truncate(detail, MAX_DETAIL);
		this.clientAddress = truncate(clientAddress, 64);
	}

	AuditEntry entry() {
		return new AuditEntry(this.id, this.occurredAt, this.kind, this.actor, this.subject, this.detail,
				this.clientAddress);
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length - 1) + "…";
	}

}
