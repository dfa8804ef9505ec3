package org.eservices.portal.requests;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eservices.portal.problems.UnprocessableException;

import org.springframework.stereotype.Component;

/**
 * An answer's {@code Idempotency-Key}: a retry of an answer already given (its reply lost
 * on the way) is told it went through, and the key cannot be reused for another answer or
 * another action of the request.
 */
@Component
class ActionAnswers {

	private final ActionAnswerRepository answers;

	private final Idempotency idempotency;

	private final Clock clock;

	ActionAnswers(ActionAnswerRepository answers, Idempotency idempotency, Clock clock) {
		this.answers = answers;
		this.idempotency = idempotency;
		this.clock = clock;
	}

	/**
	 * The first call with a key records it, written first in the answer's transaction: a
	 * concurrent call with the same key waits on the unique key and is then refused, with
	 * nothing done twice. A later call is a replay.
	 * @return whether an earlier call with this key gave this very answer
	 * @throws UnprocessableException if it gave another one
	 */
	boolean replayOrRecord(ServiceRequest request, String key, String taskId, ObjectNode data) {
		String fingerprint = fingerprint(taskId, data);
		if (answeredBefore(request, key, fingerprint)) {
			return true;
		}
		this.answers.saveAndFlush(new ActionAnswer(request.getId(), key, fingerprint, this.clock.instant()));
		return false;
	}

	/**
	 * After a concurrent call's answer won the unique key: whether it was this answer.
	 */
	boolean answeredBefore(ServiceRequest request, String key, String taskId, ObjectNode data) {
		return answeredBefore(request, key, fingerprint(taskId, data));
	}

	private boolean answeredBefore(ServiceRequest request, String key, String fingerprint) {
		return this.answers.findByRequestIdAndIdempotencyKey(request.getId(), key).map((earlier) -> {
			if (!Objects.equals(earlier.getRequestHash(), fingerprint)) {
				throw new UnprocessableException("Idempotency key reused",
						"The Idempotency-Key was already used for a different answer. Use a new key for new data.");
			}
			return true;
		}).orElse(false);
	}

	private String fingerprint(String taskId, ObjectNode data) {
		return this.idempotency.fingerprint("action:" + taskId, data);
	}

}
