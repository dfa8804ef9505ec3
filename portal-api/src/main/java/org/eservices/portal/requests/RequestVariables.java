package org.eservices.portal.requests;

/**
 * Process variables the platform sets on every e-service instance; BPMN models may use
 * them (e.g. {@code camunda:assignee="${citizenId}"} for a task the applicant must do).
 * The reference number is the business key ({@code ${execution.processBusinessKey}}), not
 * a variable: a copy would cost three rows per request (runtime, history, detail).
 */
public final class RequestVariables {

	/** User id of the citizen who submitted the request. */
	public static final String CITIZEN_ID = "citizenId";

	/**
	 * The request being submitted, as a transient variable (never stored, gone at the
	 * first wait state): the milestones of the process's first steps land on it, so that
	 * its row is written once, complete, when the submission commits.
	 */
	static final String SUBMITTING = "eservicesSubmitting";

	private RequestVariables() {
	}

}
