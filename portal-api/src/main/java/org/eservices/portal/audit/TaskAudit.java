package org.eservices.portal.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits every task completion, whichever way it came (portal, Tasklist, engine REST),
 * from Camunda's Spring task events, inside the completing transaction.
 */
@Component
class TaskAudit {

	private final AuditLog auditLog;

	TaskAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
	void completed(DelegateTask task) {
		String reference = task.getExecution() != null ? task.getExecution().getProcessBusinessKey() : null;
		// portal, Tasklist and engine REST calls all pass Spring Security: it knows the
		// user
		this.auditLog.recordEngineChange(AuditKind.TASK_COMPLETED, null,
				(reference != null) ? reference : task.getProcessInstanceId(), "Completed task \"" + task.getName()
						+ "\" (" + task.getTaskDefinitionKey() + ", task " + task.getId() + ").");
	}

}
