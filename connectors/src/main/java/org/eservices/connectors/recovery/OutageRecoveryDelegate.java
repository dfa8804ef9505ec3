package org.eservices.connectors.recovery;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** The {@code outage-recovery} process's one step: {@code ${outageRecoveryDelegate}}. */
@Component("outageRecoveryDelegate")
class OutageRecoveryDelegate implements JavaDelegate {

	private final OutageRecovery recovery;

	OutageRecoveryDelegate(OutageRecovery recovery) {
		this.recovery = recovery;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("retried", this.recovery.retryJobsFailedByOutages());
	}

}
