package org.eservices.portal.audit;

/**
 * What an audit entry records.
 */
public enum AuditKind {

	SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, SIGN_UP, TASK_COMPLETED, DEPLOYMENT

}
