package org.eservices.portal.privacy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "retained_record")
class RetainedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String reference;

	@Column(nullable = false, updatable = false)
	private String kind;

	@Column(nullable = false, updatable = false)
	private String fields;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(nullable = false, updatable = false)
	private Instant keptUntil;

	protected RetainedRecord() {
	}

	RetainedRecord(String reference, String kind, String fields, String reason, Instant keptUntil) {
		this.reference = reference;
		this.kind = kind;
		this.fields = fields;
		this.reason = reason;
		this.keptUntil = keptUntil;
	}

	String getReference() {
		return this.reference;
	}

	String getKind() {
		return this.kind;
	}

	String getFields() {
		return this.fields;
	}

	String getReason() {
		return this.reason;
	}

	Instant getKeptUntil() {
		return this.keptUntil;
	}

}
