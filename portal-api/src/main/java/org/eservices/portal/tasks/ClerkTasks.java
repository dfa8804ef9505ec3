package org.eservices.portal.tasks;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.eservices.portal.forms.FormValidationException;
import org.eservices.portal.i18n.Messages;
import org.eservices.portal.paging.PageResponse.PageRequest;
import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.problems.ConflictException;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.security.PortalUser;
import org.eservices.portal.security.Roles;
import org.eservices.portal.sla.SlaWatch;
import org.eservices.portal.staff.TaskGroups;
import org.eservices.portal.taskforms.TaskForms;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A clerk's work: the tasks of their groups and those assigned to them. A task outside
 * both does not exist for the clerk.
 */
@Service
public class ClerkTasks {

	private final TaskService taskService;

	private final TaskForms taskForms;

	private final IdentityService identityService;

	private final HistoryService historyService;

	/** A claim or completion tried again this often while its task changes under it. */
	static final int ATTEMPTS = 3;

	private final TransactionTemplate inTransaction;

	private final TransactionTemplate separately;

	public ClerkTasks(TaskService taskService, TaskForms taskForms, IdentityService identityService,
			HistoryService historyService, PlatformTransactionManager transactions) {
		this.taskService = taskService;
		this.historyService = historyService;
		this.taskForms = taskForms;
		this.identityService = identityService;
		this.inTransaction = new TransactionTemplate(transactions);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.separately.setReadOnly(true);
	}

	/**
	 * @param serviceKey only this e-service's tasks, if given
	 * @param dueBefore only tasks due before this moment (overdue: now), if given
	 * @param escalated only tasks escalated to the supervisors
	 */
	public PageResponse<Task> inbox(PortalUser clerk, String serviceKey, Instant dueBefore, boolean escalated,
			PageRequest page) {
		TaskQuery query = visibleTo(clerk);
		if (serviceKey != null && !serviceKey.isBlank()) {
			query.processDefinitionKey(serviceKey);
		}
		if (dueBefore != null) {
			query.dueBefore(Date.from(dueBefore));
		}
		if (escalated) {
			query.taskMinPriority(SlaWatch.ESCALATED_PRIORITY);
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

	public void claim(PortalUser clerk, String taskId) {
		onTask(clerk, taskId, () -> {
			Task task = toChange(clerk, taskId);
			if (clerk.id().equals(task.getAssignee())) {
				return;
			}
			if (task.getAssignee() != null) {
				throw new ConflictException("The task is already claimed by " + task.getAssignee() + ".");
			}
			this.taskService.claim(taskId, clerk.id());
		});
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
	public void complete(PortalUser clerk, String taskId, ObjectNode data) {
		onTask(clerk, taskId, () -> {
			Task task = toChange(clerk, taskId);
			if (task.getAssignee() != null && !Objects.equals(task.getAssignee(), clerk.id())) {
				throw new ConflictException("The task is claimed by " + task.getAssignee() + ".");
			}
			if (task.getAssignee() == null) {
				this.taskService.claim(taskId, clerk.id());
			}
			this.taskForms.complete(task, data);
		});
	}

	/**
	 * The task a clerk is about to claim or complete. One of the clerk's that was
	 * completed a moment ago, by a colleague acting at the same time or in another tab,
	 * answers 409 as a race lost in the engine does; one the clerk never could work stays
	 * unknown (404).
	 */
	private Task toChange(PortalUser clerk, String taskId) {
		try {
			return get(clerk, taskId);
		}
		catch (NotFoundException ex) {
			if (wasCompletedAmong(clerk, taskId)) {
				throw new ConflictException("The task was already completed by someone else.");
			}
			throw ex;
		}
	}

	private boolean wasCompletedAmong(PortalUser clerk, String taskId) {
		HistoricTaskInstance done = this.historyService.createHistoricTaskInstanceQuery()
			.taskId(taskId)
			.finished()
			.singleResult();
		if (done == null) {
			return false;
		}
		if (clerk.id().equals(done.getAssignee())) {
			return true;
		}
		return this.historyService.createHistoricIdentityLinkLogQuery()
			.taskId(taskId)
			.type(IdentityLinkType.CANDIDATE)
			.list()
			.stream()
			.anyMatch((link) -> link.getGroupId() != null && clerk.groups().contains(link.getGroupId()));
	}

	/**
	 * A clerk's change of a task, in a transaction of its own, taking in what changed
	 * under it between reading the task and acting on it. The engine then fails, with an
	 * optimistic lock, a duplicate key (the same clerk's claim in two requests: the
	 * assignee's authorization goes in twice), a missing parent or a
	 * {@code NullPointerException} (the task's execution replaced by a job of its case
	 * that ended a parallel branch). Read afresh, a task another clerk completed or
	 * claimed answers 409, as a claim that loses a race; a task still the clerk's is
	 * tried again, the case's own change being no concern of the clerk's. A failure of
	 * its own comes through as it is.
	 */
	private void onTask(PortalUser clerk, String taskId, Runnable change) {
		for (int attempt = 1;; attempt++) {
			try {
				this.inTransaction.executeWithoutResult((status) -> change.run());
				return;
			}
			catch (ProcessEngineException | NullPointerException ex) {
				Task now = this.separately
					.execute((status) -> this.taskService.createTaskQuery().taskId(taskId).singleResult());
				if (now == null) {
					throw new ConflictException("The task was completed by someone else at the same time.");
				}
				if (now.getAssignee() != null && !now.getAssignee().equals(clerk.id())) {
					throw new ConflictException("The task was claimed by " + now.getAssignee() + " at the same time.");
				}
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * A supervisor gives a task of their departments to a clerk of its departments (or
	 * takes it back from whoever held it, with {@code null}).
	 */
	@Transactional
	public void assign(PortalUser supervisor, String taskId, String assignee) {
		Task task = get(supervisor, taskId);
		Set<String> departments = departmentsOf(task);
		if (!supervisor.hasRole(Roles.SUPERVISOR) || supervisor.groups().stream().noneMatch(departments::contains)) {
			throw new AccessDeniedException("Only a supervisor of the task's departments gives it to someone.");
		}
		if (assignee == null) {
			this.taskService.setAssignee(taskId, null);
			return;
		}
		if (!TaskGroups.isMemberOfAny(this.identityService, assignee, departments)
				|| !TaskGroups.isMemberOfAny(this.identityService, assignee, Set.of(Roles.CLERK))) {
			throw new FormValidationException(
					Map.of("assignee", List.of(Messages.get("task.assigneeNotInDepartment"))));
		}
		this.taskService.setAssignee(taskId, assignee);
	}

	/**
	 * The clerks a supervisor may give tasks to: those of the departments they supervise.
	 */
	public List<User> assignableBy(PortalUser supervisor) {
		if (!supervisor.hasRole(Roles.SUPERVISOR)) {
			throw new AccessDeniedException("Only supervisors give tasks to others.");
		}
		Set<String> clerks = clerksOf(Set.copyOf(supervisor.groups()));
		return clerks.isEmpty() ? List.of()
				: this.identityService.createUserQuery()
					.userIdIn(clerks.toArray(String[]::new))
					.orderByUserLastName()
					.asc()
					.list();
	}

	private Set<String> departmentsOf(Task task) {
		Set<String> groups = new HashSet<>(TaskGroups.candidatesOf(this.taskService, task.getId()));
		groups.removeAll(Roles.ALL);
		return groups;
	}

	/** Members of these departments who are clerks. */
	private Set<String> clerksOf(Set<String> departments) {
		Set<String> members = TaskGroups.membersOf(this.identityService,
				departments.stream().filter((group) -> !Roles.ALL.contains(group)).toList());
		members.retainAll(TaskGroups.membersOf(this.identityService, Set.of(Roles.CLERK)));
		return members;
	}

	private TaskQuery visibleTo(PortalUser clerk) {
		return TaskGroups.workableBy(this.taskService.createTaskQuery().initializeFormKeys().active(), clerk.id(),
				clerk.groups());
	}

}
