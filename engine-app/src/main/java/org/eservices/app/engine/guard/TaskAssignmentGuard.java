package org.eservices.app.engine.guard;

import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.eservices.app.engine.guard.EngineCommands.Assignment;
import org.eservices.portal.security.Roles;
import org.eservices.portal.staff.TaskGroups;

/**
 * Who a signed-in user may give a task to through the engine's APIs (Tasklist, the engine
 * REST API): a clerk claims a task for themselves only (the engine would let any worker
 * of a task claim it for anyone, a citizen included, who would then find the clerk's
 * decision among their actions); a supervisor gives it only to a member of one of its
 * departments; linking a group to a task is an admin's. Admins, and the platform's own
 * code, are not limited here.
 */
class TaskAssignmentGuard extends CommandInterceptor {

	private static final Set<String> ADMINISTRATORS = Set.of(Roles.ADMIN, Groups.CAMUNDA_ADMIN);

	private final TaskService taskService;

	private final IdentityService identityService;

	TaskAssignmentGuard(TaskService taskService, IdentityService identityService) {
		this.taskService = taskService;
		this.identityService = identityService;
	}

	@Override
	public <T> T execute(Command<T> command) {
		EngineCommands.assignment(command).ifPresent(this::check);
		return this.next.execute(command);
	}

	private void check(Assignment assignment) {
		CommandContext context = Context.getCommandContext();
		Authentication user = context.getAuthentication();
		if (user == null || Context.getCoreExecutionContext() != null || isAdministrator(user)) {
			return;
		}
		if (assignment.group()) {
			throw new AuthorizationException("Only an admin links a group to a task.");
		}
		if (assignment.userId() == null || assignment.userId().equals(user.getUserId())) {
			return;
		}
		if (assignment.claim()) {
			throw new AuthorizationException("A task is claimed for oneself: " + user.getUserId()
					+ " may not claim it for " + assignment.userId() + ".");
		}
		boolean colleague = context.runWithoutAuthorization(() -> TaskGroups.isMemberOfAny(this.identityService,
				assignment.userId(), TaskGroups.candidatesOf(this.taskService, assignment.taskId())));
		if (!colleague) {
			throw new AuthorizationException(
					assignment.userId() + " is not in a department that works this task: it cannot be given to them.");
		}
	}

	private static boolean isAdministrator(Authentication user) {
		return user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(ADMINISTRATORS::contains);
	}

}
