package org.eservices.portal.tasks;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.paging.PageResponse.PageRequest;
import org.eservices.portal.problems.ConflictException;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.security.PortalUser;
import org.eservices.portal.security.Roles;
import org.eservices.portal.taskforms.TaskForms;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clerk's work: the tasks of their groups and those assigned to them. A task outside
 * both does not exist for the clerk.
 */
@Service
public class ClerkTasks {

	private final TaskService taskService;

	private final TaskForms taskForms;

	public ClerkTasks(TaskService taskService, TaskForms taskForms) {
		this.taskService = taskService;
		this.taskForms = taskForms;
	}

	/**
	 * @param serviceKey only this e-service's tasks, if given
	 * @param dueBefore only tasks due before this moment (overdue: now), if given
	 */
	public PageResponse<Task> inbox(PortalUser clerk, String serviceKey, Instant dueBefore, PageRequest page) {
		TaskQuery query = visibleTo(clerk);
		if (serviceKey != null && !serviceKey.isBlank()) {
			query.processDefinitionKey(serviceKey);
		}
		if (dueBefore != null) {
			query.dueBefore(Date.from(dueBefore));
		}
		long total = query.count();
		List<Task> tasks = query.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(page.offset(), page.size());
		return PageResponse.of(tasks, page, total);
	}

	public Task get(PortalUser clerk, String taskId) {
		Task task = visibleTo(clerk).taskId(taskId).singleResult();
		if (task == null) {
			throw new NotFoundException("task", taskId);
		}
		return task;
	}

	@Transactional
	public void claim(PortalUser clerk, String taskId) {
		Task task = get(clerk, taskId);
		if (clerk.id().equals(task.getAssignee())) {
			return;
		}
		if (task.getAssignee() != null) {
			throw new ConflictException("The task is already claimed by " + task.getAssignee() + ".");
		}
		this.taskService.claim(taskId, clerk.id());
	}

	@Transactional
	public void unclaim(PortalUser clerk, String taskId) {
		Task task = get(clerk, taskId);
		if (task.getAssignee() == null) {
			return;
		}
		if (!clerk.id().equals(task.getAssignee()) && !clerk.hasRole(Roles.SUPERVISOR)) {
			throw new ConflictException("Only " + task.getAssignee() + " or a supervisor can release this task.");
		}
		this.taskService.setAssignee(taskId, null);
	}

	/**
	 * Completes a task claimed by the clerk, or an unclaimed one (claiming it on the
	 * way).
	 */
	@Transactional
	public void complete(PortalUser clerk, String taskId, ObjectNode data) {
		Task task = get(clerk, taskId);
		if (task.getAssignee() != null && !Objects.equals(task.getAssignee(), clerk.id())) {
			throw new ConflictException("The task is claimed by " + task.getAssignee() + ".");
		}
		if (task.getAssignee() == null) {
			this.taskService.claim(taskId, clerk.id());
		}
		this.taskForms.complete(task, data);
	}

	private TaskQuery visibleTo(PortalUser clerk) {
		TaskQuery query = this.taskService.createTaskQuery().initializeFormKeys().active();
		if (clerk.groups().isEmpty()) {
			return query.taskAssignee(clerk.id());
		}
		return query.or().taskCandidateGroupIn(clerk.groups()).includeAssignedTasks().taskAssignee(clerk.id()).endOr();
	}

}
