package org.eservices.portal.attachments;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "attachment")
class Attachment {

	@Id
	private String id;

	/** Empty while the file belongs to a draft. */
	private String reference;

	/** The e-service of the draft the file belongs to; empty once submitted. */
	private String serviceKey;

	@Column(nullable = false, updatable = false)
	private String citizenId;

	@Column(nullable = false, updatable = false)
	private String filename;

	@Column(nullable = false, updatable = false)
	private String contentType;

	@Column(nullable = false, updatable = false)
	private long sizeBytes;

	/** bytea on PostgreSQL, not a large object: files are small and go with the row. */
	@Basic(fetch = FetchType.LAZY)
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(nullable = false, updatable = false)
	private Instant uploadedAt;

	/** The file picker's files key the document was chosen under, if any. */
	@Column(updatable = false)
	private String formField;

	@Column(nullable = false, updatable = false)
	private boolean internal;

	@Column(nullable = false, updatable = false)
	private boolean issued;

	protected Attachment() {
	}

	/**
	 * @param owner the request's reference, or the draft's service key
	 */
	Attachment(Owner owner, String citizenId, String filename, String contentType, byte[] content, Instant uploadedAt,
			String formField) {
		this.id = UUID.randomUUID().toString();
		this.reference = owner.reference();
		this.serviceKey = owner.serviceKey();
		this.citizenId = citizenId;
		this.filename = filename;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.content = content;
		this.uploadedAt = uploadedAt;
		this.formField = formField;
		this.internal = owner.internal();
		this.issued = owner.issued();
	}

	AttachmentInfo info() {
		return new AttachmentInfo(this.id, this.filename, this.contentType, this.sizeBytes, this.uploadedAt,
				this.formField, this.issued);
	}

	String getFilename() {
		return this.filename;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

}
