package org.eservices.portal.requests;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A citizen's answer to an action, kept by the {@code Idempotency-Key} it came with, so a
 * retry of it is recognised after the action is done.
 */
@Entity
@Table(name = "action_answer")
class ActionAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long requestId;

	@Column(nullable = false, updatable = false)
	private String idempotencyKey;

	/** The action and the answer, as {@link Idempotency#fingerprint} gives them. */
	@Column(nullable = false, updatable = false)
	private String requestHash;

	@Column(nullable = false, updatable = false)
	private Instant answeredAt;

	protected ActionAnswer() {
	}

	ActionAnswer(Long requestId, String idempotencyKey, String requestHash, Instant answeredAt) {
		this.requestId = requestId;
		this.idempotencyKey = idempotencyKey;
		this.requestHash = requestHash;
		this.answeredAt = answeredAt;
	}

	String getRequestHash() {
		return this.requestHash;
	}

}
