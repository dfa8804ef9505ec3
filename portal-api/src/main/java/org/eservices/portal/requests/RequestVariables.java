package org.eservices.portal.requests;

/**
 * Process variables the platform sets on every e-service instance; BPMN models may use
 * them (e.g. {@code camunda:assignee="${citizenId}"} for a task the applicant must do).
 */
public final class RequestVariables {

	/** User id of the citizen who submitted the request. */
	public static final String CITIZEN_ID = "citizenId";

	/** The request's reference number (also the business key). */
	public static final String REFERENCE = "reference";

	private RequestVariables() {
	}

}
