package org.eservices.app.engine.guard;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Refuses a platform variable that a signed-in user writes through the engine's own APIs
 * (Cockpit, Tasklist, the engine REST API: setting or changing a variable, starting or
 * modifying an instance, correlating a message with variables). The engine reports every
 * variable write to its history handlers as it happens, whatever command makes it; what a
 * process's own steps write (delegates, listeners, mappings) runs inside an execution and
 * stays allowed, as does the platform's code, which calls the engine without a user.
 * Needs history level audit or full (the platform runs full).
 */
class PlatformVariableGuard implements HistoryEventHandler {

	private final PlatformVariables platformVariables;

	PlatformVariableGuard(PlatformVariables platformVariables) {
		this.platformVariables = platformVariables;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (!(event instanceof HistoricVariableUpdateEventEntity update) || !isWrite(update)) {
			return;
		}
		CommandContext context = Context.getCommandContext();
		boolean byUser = context != null && context.getAuthenticatedUserId() != null
				&& Context.getCoreExecutionContext() == null;
		if (byUser && context.runWithoutAuthorization(() -> this.platformVariables.of(update.getProcessDefinitionId()))
			.contains(update.getVariableName())) {
			throw new BadUserRequestException(
					"Only the platform sets " + update.getVariableName() + ": it cannot be written through this API.");
		}
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

	private static boolean isWrite(HistoricVariableUpdateEventEntity update) {
		String type = update.getEventType();
		return HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName().equals(type)
				|| HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName().equals(type);
	}

}
