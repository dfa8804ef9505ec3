package org.eservices.portal.requests;

/**
 * Variables of the portal's own, beside those every process gets
 * ({@code org.eservices.contract.ProcessVariables}).
 */
final class RequestVariables {

	/**
	 * The request being submitted, as a transient variable (never stored, gone at the
	 * first wait state): the milestones of the process's first steps land on it, so that
	 * its row is written once, complete, when the submission commits.
	 */
	static final String SUBMITTING = "eservicesSubmitting";

	private RequestVariables() {
	}

}
