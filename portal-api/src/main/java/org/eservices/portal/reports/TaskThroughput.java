package org.eservices.portal.reports;

import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.stereotype.Component;

/**
 * Counts each staff task completed (one whose candidates are departments; the citizen's
 * own tasks are not staff work) for its clerk and its departments, whichever way it was
 * completed: the portal's engine hooks make it each user task's completion listener.
 */
@Component
public class TaskThroughput {

	private final ReportTally tally;

	TaskThroughput(ReportTally tally) {
		this.tally = tally;
	}

	/**
	 * @param completedBy its assignee, or for a task completed unclaimed (through the
	 * engine's API) who completed it
	 */
	public void completed(DelegateTask task, String completedBy) {
		Set<String> departments = new TreeSet<>();
		for (IdentityLink link : task.getCandidates()) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				departments.add(link.getGroupId());
			}
		}
		if (departments.isEmpty()) {
			return;
		}
		String service = task.getProcessEngineServices()
			.getRepositoryService()
			.getProcessDefinition(task.getProcessDefinitionId())
			.getKey();
		this.tally.taskCompleted(service, completedBy, departments);
	}

}
