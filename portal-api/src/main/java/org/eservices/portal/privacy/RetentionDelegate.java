package org.eservices.portal.privacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** The {@code data-retention} process's one step: {@code ${retentionDelegate}}. */
@Component("retentionDelegate")
class RetentionDelegate implements JavaDelegate {

	private final RetentionRun retention;

	RetentionDelegate(RetentionRun retention) {
		this.retention = retention;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RetentionRun.Report report = this.retention.run();
		execution.setVariable("requestsRemoved", report.requests().size());
		execution.setVariable("draftsRemoved", report.drafts());
	}

}
