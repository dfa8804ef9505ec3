package org.eservices.app.engine.guard;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
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

	private EngineCommands() {
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

}
