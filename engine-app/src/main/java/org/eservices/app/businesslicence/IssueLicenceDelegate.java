package org.eservices.app.businesslicence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Issues the licence number of an approved application. It is derived from the request's
 * reference ({@code BL-2026-000042} gives {@code LIC-BL-2026-000042}), so it is unique,
 * stable across retries and traceable to the application without another counter.
 */
@Component
public class IssueLicenceDelegate implements JavaDelegate {

	static final String PREFIX = "LIC-";

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		if (reference == null || reference.isBlank()) {
			throw new IllegalStateException("Activity " + execution.getCurrentActivityId()
					+ " needs the request's reference as business key to issue a licence number");
		}
		execution.setVariable(BusinessLicenceProcess.LICENCE_NUMBER, PREFIX + reference);
	}

}
