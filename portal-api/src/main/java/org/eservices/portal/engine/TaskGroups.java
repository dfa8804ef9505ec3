package org.eservices.portal.engine;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** The groups a task names as its candidates: the departments that work it. */
public final class TaskGroups {

	private TaskGroups() {
	}

	public static Set<String> candidatesOf(TaskService taskService, String taskId) {
		Set<String> groups = new LinkedHashSet<>();
		taskService.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.forEach((link) -> groups.add(link.getGroupId()));
		return groups;
	}

}
