package org.eservices.contract;

/**
 * Process variables the platform sets on every e-service instance, declared once for the
 * modules that write and read them. BPMN models may use them too (e.g.
 * {@code camunda:assignee="${citizenId}"} for a task the applicant must do). The
 * reference number is the business key ({@code ${execution.processBusinessKey}}), not a
 * variable.
 */
public final class ProcessVariables {

	/** User id of the citizen who submitted the request: whose request it is. */
	public static final String CITIZEN_ID = "citizenId";

	private ProcessVariables() {
	}

}
