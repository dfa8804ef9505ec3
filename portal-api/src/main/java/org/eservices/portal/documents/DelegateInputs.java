package org.eservices.portal.documents;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A document step's inputs, read strictly: a missing one fails with a message naming the
 * input and the activity, so a bad model becomes a clear incident in Cockpit.
 */
record DelegateInputs(DelegateExecution execution) {

	String required(String name) {
		return optional(name).orElseThrow(() -> invalid(name, "present"));
	}

	Optional<String> optional(String name) {
		Object value = this.execution.getVariable(name);
		return (value == null || value.toString().isBlank()) ? Optional.empty() : Optional.of(value.toString().strip());
	}

	/** The key of the process the step is in: the e-service whose templates it uses. */
	String processKey() {
		return this.execution.getProcessEngineServices()
			.getRepositoryService()
			.getProcessDefinition(this.execution.getProcessDefinitionId())
			.getKey();
	}

	IllegalArgumentException invalid(String name, String what) {
		return new IllegalArgumentException("Input '" + name + "' of activity '" + this.execution.getCurrentActivityId()
				+ "' (" + this.execution.getCurrentActivityName() + ") must be " + what);
	}

}
