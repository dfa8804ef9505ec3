package org.eservices.app.engine.guard;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Task;
import org.eservices.app.engine.guard.EngineCommands.Completion;
import org.eservices.app.engine.guard.EngineCommands.Start;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.forms.ValidatedData;
import org.eservices.portal.taskforms.TaskForms;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Every task completion, by any path (the portal, Tasklist, the engine REST API, Java),
 * goes through the task's own form before the engine writes anything: the form's rules
 * and messages, no key the form lacks, and the values of fields the form hides or
 * disables dropped, exactly as the portal does. A user signed in to the engine's own
 * surfaces cannot start an e-service there either: e-services start in the portal, which
 * validates their start form and makes the request.
 */
class TaskCompletionGuard extends CommandInterceptor {

	private final TaskService taskService;

	private final ObjectProvider<TaskForms> taskForms;

	private final ObjectProvider<ServiceCatalog> catalog;

	private final PlatformVariables platformVariables;

	TaskCompletionGuard(TaskService taskService, ObjectProvider<TaskForms> taskForms,
			ObjectProvider<ServiceCatalog> catalog, PlatformVariables platformVariables) {
		this.taskService = taskService;
		this.taskForms = taskForms;
		this.catalog = catalog;
		this.platformVariables = platformVariables;
	}

	@Override
	public <T> T execute(Command<T> command) {
		EngineCommands.completion(command).ifPresent(this::check);
		EngineCommands.start(command).ifPresent(this::check);
		return this.next.execute(command);
	}

	private void check(Completion completion) {
		CommandContext context = Context.getCommandContext();
		Task task = context.runWithoutAuthorization(() -> this.taskService.createTaskQuery()
			.taskId(completion.taskId())
			.initializeFormKeys()
			.singleResult());
		if (task == null) {
			return; // the command itself answers for a task that does not exist
		}
		Map<String, Object> variables = completion.variables();
		Set<String> platform = context
			.runWithoutAuthorization(() -> this.platformVariables.of(task.getProcessDefinitionId()));
		ValidatedData verdict = context
			.runWithoutAuthorization(() -> this.taskForms.getObject().check(task, variables));
		Map<String, List<String>> errors = new LinkedHashMap<>(verdict.errors());
		for (String key : variables.keySet()) {
			if (platform.contains(key)) {
				errors.put(key, List.of("Only the platform sets " + key + "."));
			}
		}
		if (!errors.isEmpty()) {
			throw new TaskFormRefused(errors);
		}
		dropWhatTheFormDoesNotKeep(variables, verdict);
	}

	private static void dropWhatTheFormDoesNotKeep(Map<String, Object> variables, ValidatedData verdict) {
		Set<String> kept = new HashSet<>();
		verdict.accepted().fieldNames().forEachRemaining(kept::add);
		if (kept.containsAll(variables.keySet())) {
			return;
		}
		try {
			variables.keySet().retainAll(kept);
		}
		catch (UnsupportedOperationException ex) {
			throw new TaskFormRefused("Leave out the fields the form hides or disables: " + variables.keySet());
		}
	}

	private void check(Start start) {
		CommandContext context = Context.getCommandContext();
		if (context.getAuthenticatedUserId() == null || Context.getCoreExecutionContext() != null) {
			return; // the platform's own code, or a process starting another
		}
		ServiceCatalog services = this.catalog.getObject();
		Optional<?> eService = context.runWithoutAuthorization(() -> (start.definitionId() != null)
				? services.byDefinitionId(start.definitionId()) : services.find(start.definitionKey()));
		if (eService.isPresent()) {
			// what the engine's own refusals are: the API answers 403
			throw new AuthorizationException(
					"E-services are applied for in the portal, which validates the application and makes the request.");
		}
	}

}
