package org.eservices.connectors;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Reads a connector's inputs strictly: a missing one fails with a message naming the
 * input and the activity, so a bad model becomes a clear incident in Cockpit.
 */
public final class ConnectorInputs {

	private ConnectorInputs() {
	}

	public static String requireText(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalArgumentException("Input '" + name + "' of activity '" + execution.getCurrentActivityId()
					+ "' (" + execution.getCurrentActivityName() + ") is missing or empty");
		}
		return value.toString().strip();
	}

	public static BigDecimal requireDecimal(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		try {
			return new BigDecimal(requireText(execution, name));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Input '" + name + "' of activity '" + execution.getCurrentActivityId()
					+ "' must be a number, not '" + value + "'", ex);
		}
	}

	/**
	 * Process instance, activity and visit: the same for every retry of one job,
	 * different when a loop reaches the activity again.
	 */
	public static String idempotencyKey(DelegateExecution execution) {
		long finishedVisits = execution.getProcessEngineServices()
			.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.activityId(execution.getCurrentActivityId())
			.finished()
			.count();
		return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + (finishedVisits + 1);
	}

}
