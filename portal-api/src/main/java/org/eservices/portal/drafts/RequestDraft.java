package org.eservices.portal.drafts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "request_draft")
class RequestDraft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String citizenId;

	@Column(nullable = false, updatable = false)
	private String serviceKey;

	@Column(nullable = false)
	private String data;

	@Column(nullable = false)
	private Instant savedAt;

	/** The start form's version (its process definition) the draft was saved with. */
	private String definitionId;

	/** One up with every save: the draft's ETag. */
	@Version
	private long version;

	protected RequestDraft() {
	}

	RequestDraft(String citizenId, String serviceKey) {
		this.citizenId = citizenId;
		this.serviceKey = serviceKey;
	}

	void save(String data, Instant at, String definitionId) {
		this.data = data;
		this.savedAt = at;
		this.definitionId = definitionId;
	}

	String getServiceKey() {
		return this.serviceKey;
	}

	String getData() {
		return this.data;
	}

	String getDefinitionId() {
		return this.definitionId;
	}

	Instant getSavedAt() {
		return this.savedAt;
	}

	long getVersion() {
		return this.version;
	}

}
