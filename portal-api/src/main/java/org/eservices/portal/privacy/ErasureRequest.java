package org.eservices.portal.privacy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account's erasure as admins see it: by pseudonym, with what it erased. */
@Entity
@Table(name = "erasure_request")
class ErasureRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String pseudonym;

	@Column(nullable = false, updatable = false)
	private Instant requestedAt;

	private Instant completedAt;

	private String summary;

	protected ErasureRequest() {
	}

	ErasureRequest(String pseudonym, Instant requestedAt) {
		this.pseudonym = pseudonym;
		this.requestedAt = requestedAt;
	}

	void completed(Instant at, String summary) {
		this.completedAt = at;
		this.summary = summary;
	}

	Erasures.Entry entry() {
		return new Erasures.Entry(this.pseudonym, this.requestedAt, this.completedAt, this.summary);
	}

}
