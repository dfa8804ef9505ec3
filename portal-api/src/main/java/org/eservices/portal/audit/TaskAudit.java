package org.eservices.portal.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * Audits every task completion, whichever way it came (portal, Tasklist, engine REST),
 * inside the completing transaction: the portal's engine hooks make it each user task's
 * completion listener.
 */
@Component
public class TaskAudit {

	private final AuditLog auditLog;

	TaskAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	public void completed(DelegateTask task) {
		String reference = task.getExecution() != null ? task.getExecution().getProcessBusinessKey() : null;
		// portal, Tasklist and engine REST calls all pass Spring Security: it knows the
		// user
		this.auditLog.recordEngineChange(AuditKind.TASK_COMPLETED, null,
				(reference != null) ? reference : task.getProcessInstanceId(), "Completed task \"" + task.getName()
						+ "\" (" + task.getTaskDefinitionKey() + ", task " + task.getId() + ").");
	}

}
