package org.eservices.portal.staff;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A task's groups and their people, as the engine's identity links and identity know
 * them.
 */
public final class TaskGroups {

	private TaskGroups() {
	}

	/** The groups a task names as its candidates: the departments that work it. */
	public static Set<String> candidatesOf(TaskService taskService, String taskId) {
		Set<String> groups = new LinkedHashSet<>();
		taskService.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.forEach((link) -> groups.add(link.getGroupId()));
		return groups;
	}

	/** The ids of the users in any of these groups. */
	public static Set<String> membersOf(IdentityService identityService, Collection<String> groups) {
		Set<String> members = new LinkedHashSet<>();
		for (String group : groups) {
			identityService.createUserQuery().memberOfGroup(group).list().forEach((user) -> members.add(user.getId()));
		}
		return members;
	}

	/** Whether a user is in at least one of these groups. */
	public static boolean isMemberOfAny(IdentityService identityService, String userId, Collection<String> groups) {
		return !groups.isEmpty() && identityService.createGroupQuery()
			.groupMember(userId)
			.groupIdIn(groups.toArray(String[]::new))
			.count() > 0;
	}

	/** Narrows a query to the tasks a user may work: those of their groups and theirs. */
	public static TaskQuery workableBy(TaskQuery query, String userId, List<String> groups) {
		if (groups.isEmpty()) {
			return query.taskAssignee(userId);
		}
		return query.or().taskCandidateGroupIn(groups).includeAssignedTasks().taskAssignee(userId).endOr();
	}

}
