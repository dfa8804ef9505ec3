package org.eservices.portal.audit;

/**
 * What an audit entry records.
 */
public enum AuditKind {

	SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, SIGN_UP, TASK_COMPLETED, DEPLOYMENT,

	/** A member of staff read a request's data (a task page shows it). */
	REQUEST_OPENED,

	/** A member of staff downloaded a request's document. */
	DOCUMENT_OPENED,

	/**
	 * A member of staff read a case's data through the engine's APIs (Cockpit, Tasklist,
	 * {@code /engine-rest}).
	 */
	CASE_DATA_READ,

	/** A person downloaded everything the platform holds about them. */
	DATA_EXPORTED,

	/** A person asked for their account and data to be erased. */
	ERASURE_REQUESTED,

	/** Their data was erased (the entry names them by a pseudonym). */
	ACCOUNT_ERASED,

	/** The retention run removed what had outlived its period. */
	RETENTION_RUN,

	/** An issued document (a licence) revoked, by an admin or by its process. */
	DOCUMENT_REVOKED

}
