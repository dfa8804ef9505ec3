package org.eservices.app.engine.guard;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What the engine's commands that complete a task or start a process carry. Camunda's
 * commands keep their arguments in protected fields without getters, so they are read
 * here, and only here; a Camunda version that renames one fails the application's start
 * instead of letting a command through unchecked.
 */
final class EngineCommands {

	private static final Field COMPLETED_TASK = field(CompleteTaskCmd.class, "taskId");

	private static final Field COMPLETION_VARIABLES = field(CompleteTaskCmd.class, "variables");

	private static final Field SUBMITTED_TASK = field(SubmitTaskFormCmd.class, "taskId");

	private static final Field SUBMITTED_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

	private static final Field START = field(StartProcessInstanceCmd.class, "instantiationBuilder");

	private static final Field START_AT_ACTIVITIES = field(StartProcessInstanceAtActivitiesCmd.class,
			"instantiationBuilder");

	private static final Field START_FORM_DEFINITION = field(SubmitStartFormCmd.class, "processDefinitionId");

	private static final Field CLAIMED_TASK = field(ClaimTaskCmd.class, "taskId");

	private static final Field CLAIMING_USER = field(ClaimTaskCmd.class, "userId");

	private static final Field DELEGATED_TASK = field(DelegateTaskCmd.class, "taskId");

	private static final Field DELEGATE = field(DelegateTaskCmd.class, "userId");

	private static final Field LINKED_TASK = field(AbstractSetTaskPropertyCmd.class, "taskId");

	private static final Field LINKED_USER = field(AbstractAddIdentityLinkCmd.class, "userId");

	private EngineCommands() {
	}

	/**
	 * A task given to someone: claimed (for oneself, or so the engine lets any worker of
	 * the task do, for another), assigned, delegated, or linked to a user or a group.
	 */
	static Optional<Assignment> assignment(Command<?> command) {
		if (command instanceof ClaimTaskCmd) {
			return Optional.of(new Assignment((String) read(CLAIMED_TASK, command),
					(String) read(CLAIMING_USER, command), true, false));
		}
		if (command instanceof DelegateTaskCmd) {
			return Optional.of(new Assignment((String) read(DELEGATED_TASK, command), (String) read(DELEGATE, command),
					false, false));
		}
		if (command instanceof AbstractAddIdentityLinkCmd) {
			return Optional.of(new Assignment((String) read(LINKED_TASK, command), (String) read(LINKED_USER, command),
					false, command instanceof AddGroupIdentityLinkCmd));
		}
		return Optional.empty();
	}

	/**
	 * A task completion (also a delegated task's resolution and a form submission), with
	 * the variables it will write: the command's own map, so what is removed from it is
	 * not written.
	 */
	static Optional<Completion> completion(Command<?> command) {
		if (command instanceof CompleteTaskCmd) {
			return Optional.of(new Completion((String) read(COMPLETED_TASK, command),
					variables(read(COMPLETION_VARIABLES, command))));
		}
		if (command instanceof SubmitTaskFormCmd) {
			return Optional.of(new Completion((String) read(SUBMITTED_TASK, command),
					variables(read(SUBMITTED_VARIABLES, command))));
		}
		return Optional.empty();
	}

	/** A process start: the definition it names, by id or by key. */
	static Optional<Start> start(Command<?> command) {
		if (command instanceof StartProcessInstanceCmd) {
			return Optional.of(start((ProcessInstantiationBuilderImpl) read(START, command)));
		}
		if (command instanceof StartProcessInstanceAtActivitiesCmd) {
			return Optional.of(start((ProcessInstantiationBuilderImpl) read(START_AT_ACTIVITIES, command)));
		}
		if (command instanceof SubmitStartFormCmd) {
			return Optional.of(new Start((String) read(START_FORM_DEFINITION, command), null));
		}
		return Optional.empty();
	}

	private static Start start(ProcessInstantiationBuilderImpl builder) {
		return new Start(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> variables(Object variables) {
		return (variables != null) ? (Map<String, Object>) variables : Map.of();
	}

	private static Object read(Field field, Command<?> command) {
		try {
			return field.get(command);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Field field(Class<?> type, String name) {
		try {
			Field field = type.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(
					"This Camunda version's " + type.getSimpleName() + " has no field " + name + ": see EngineCommands",
					ex);
		}
	}

	record Completion(String taskId, Map<String, Object> variables) {

	}

	record Start(String definitionId, String definitionKey) {

	}

	/**
	 * @param userId who gets the task (null: nobody, as when releasing it)
	 * @param claim the user takes it (for themselves, as a rule)
	 * @param group a group is linked, not a user
	 */
	record Assignment(String taskId, String userId, boolean claim, boolean group) {

	}

}
