package org.eservices.portal.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** The {@code sla-watch} process's one step: {@code ${slaWatchDelegate}}. */
@Component("slaWatchDelegate")
class SlaWatchDelegate implements JavaDelegate {

	private final SlaWatch watch;

	SlaWatchDelegate(SlaWatch watch) {
		this.watch = watch;
	}

	@Override
	public void execute(DelegateExecution execution) {
		SlaWatch.Sweep sweep = this.watch.sweep();
		execution.setVariable("reminded", sweep.reminded());
		execution.setVariable("escalated", sweep.escalated());
	}

}
