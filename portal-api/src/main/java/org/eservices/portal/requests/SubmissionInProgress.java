package org.eservices.portal.requests;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The request a submission is starting, before it is stored. The engine runs the
 * process's first steps on the submitting thread, and their milestones land on this
 * object, so the row is written once, at commit, in its final state.
 */
final class SubmissionInProgress {

	private static final ThreadLocal<ServiceRequest> STARTING = new ThreadLocal<>();

	private SubmissionInProgress() {
	}

	/** Runs the process start with the request visible to {@link #find(String)}. */
	static <T> T whileStarting(ServiceRequest request, Supplier<T> start) {
		STARTING.set(request);
		try {
			return start.get();
		}
		finally {
			STARTING.remove();
		}
	}

	/** The request being submitted on this thread, if it carries this reference. */
	static Optional<ServiceRequest> find(String reference) {
		return Optional.ofNullable(STARTING.get()).filter((request) -> reference.equals(request.getReference()));
	}

}
