package org.eservices.app.it;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.boot.test.context.TestComponent;

/**
 * Fails the first time an armed process instance passes, after the connector has done its
 * work: the job's transaction rolls back and the job is retried, as after a crash.
 */
@TestComponent("failOnce")
public class FailOnce {

	private final Set<String> armed = ConcurrentHashMap.newKeySet();

	void arm(String processInstanceId) {
		this.armed.add(processInstanceId);
	}

	public void maybeFail(DelegateExecution execution) {
		if (this.armed.remove(execution.getProcessInstanceId())) {
			throw new IllegalStateException("Simulated failure after the provider accepted the message");
		}
	}

}
