package org.eservices.portal.documents;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * "Revoke document" ({@code ${revokeDocumentDelegate}}, element template
 * {@code revoke-document}): a process's own path to revoking what it issued, such as an
 * appeal against a licence that was upheld. Once revoked, the document stays revoked: a
 * retry changes nothing.
 */
@Component("revokeDocumentDelegate")
class RevokeDocumentDelegate implements JavaDelegate {

	static final String DOCUMENT_ID = "documentId";

	static final String REASON = "reason";

	/** What the element template binds: every input the delegate reads. */
	static final List<String> INPUTS = List.of(DOCUMENT_ID, REASON);

	private final IssuedDocuments documents;

	RevokeDocumentDelegate(IssuedDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DelegateInputs inputs = new DelegateInputs(execution);
		this.documents.revokeOnce(inputs.required(DOCUMENT_ID), execution.getProcessBusinessKey(),
				inputs.required(REASON), "process:" + inputs.processKey());
	}

}
