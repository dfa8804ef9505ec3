package org.eservices.portal.documents;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A document the platform issued, as its verification page tells of it. */
@Entity
@Table(name = "issued_document")
class IssuedDocument {

	@Version
	private long version;

	@Id
	private String id;

	@Column(nullable = false, updatable = false)
	private String verificationCode;

	@Column(nullable = false, updatable = false)
	private String reference;

	@Column(nullable = false, updatable = false)
	private String serviceKey;

	/** Its kind ("Business licence") in each language it was issued in. */
	@Convert(converter = TitlesConverter.class)
	@Column(nullable = false, updatable = false)
	private Map<String, String> titles;

	@Column(nullable = false, updatable = false)
	private String documentNumber;

	@Column(nullable = false, updatable = false)
	private String filename;

	@Column(nullable = false, updatable = false)
	private String holderName;

	@Column(nullable = false, updatable = false)
	private Instant issuedAt;

	@Column(updatable = false)
	private Instant validUntil;

	private Instant revokedAt;

	private String revokedBy;

	private String revocationReason;

	protected IssuedDocument() {
	}

	IssuedDocument(String id, String verificationCode, String reference, String serviceKey, Map<String, String> titles,
			String documentNumber, String filename, String holderName, Instant issuedAt, Instant validUntil) {
		this.filename = filename;
		this.id = id;
		this.verificationCode = verificationCode;
		this.reference = reference;
		this.serviceKey = serviceKey;
		this.titles = titles;
		this.documentNumber = documentNumber;
		this.holderName = holderName;
		this.issuedAt = issuedAt;
		this.validUntil = validUntil;
	}

	/** Revoked once: a later revocation keeps the first one's time and reason. */
	void revoke(Instant at, String by, String reason) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
			this.revokedBy = by;
			this.revocationReason = reason;
		}
	}

	DocumentStatus statusAt(Instant now) {
		if (this.revokedAt != null) {
			return DocumentStatus.REVOKED;
		}
		return (this.validUntil != null && !now.isBefore(this.validUntil)) ? DocumentStatus.EXPIRED
				: DocumentStatus.VALID;
	}

	/** In the language asked for if it was issued in it, else in its first. */
	String titleIn(String language) {
		return this.titles.getOrDefault(language, this.titles.values().iterator().next());
	}

	String getId() {
		return this.id;
	}

	String getVerificationCode() {
		return this.verificationCode;
	}

	String getReference() {
		return this.reference;
	}

	String getDocumentNumber() {
		return this.documentNumber;
	}

	String getFilename() {
		return this.filename;
	}

	String getHolderName() {
		return this.holderName;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

	/**
	 * The last moment it is valid, for people to read: a document valid until the end of
	 * 31 December shows that day, not the 1 January it expires on.
	 */
	Instant getValidThrough() {
		return (this.validUntil != null) ? validThrough(this.validUntil) : null;
	}

	static Instant validThrough(Instant expiresAt) {
		return expiresAt.minusSeconds(1);
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

	String getRevocationReason() {
		return this.revocationReason;
	}

}
