package org.eservices.app.engine.guard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.taskforms.TaskForms;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hooks the guards of a case's data into the engine once, so that no surface (portal,
 * webapps, engine REST API, Java) can go around them: {@link TaskCompletionGuard} and
 * {@link TaskAssignmentGuard} on every command, {@link PlatformVariableGuard} on every
 * variable write. The portal's beans they use are looked up when the first command runs,
 * after the engine is built.
 */
@Component
class CaseDataGuards extends AbstractProcessEnginePlugin {

	private final ObjectProvider<TaskForms> taskForms;

	private final ObjectProvider<ServiceCatalog> catalog;

	CaseDataGuards(ObjectProvider<TaskForms> taskForms, ObjectProvider<ServiceCatalog> catalog) {
		this.taskForms = taskForms;
		this.catalog = catalog;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// the engine's services exist from the start; they work once the engine is built
		PlatformVariables platformVariables = new PlatformVariables(configuration.getRepositoryService());
		CommandInterceptor completions = new TaskCompletionGuard(configuration.getTaskService(), this.taskForms,
				this.catalog, platformVariables);
		CommandInterceptor assignments = new TaskAssignmentGuard(configuration.getTaskService(),
				configuration.getIdentityService());
		configuration.setCustomPostCommandInterceptorsTxRequired(
				with(configuration.getCustomPostCommandInterceptorsTxRequired(), completions, assignments));
		List<HistoryEventHandler> handlers = new ArrayList<>();
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		handlers.add(new PlatformVariableGuard(platformVariables));
		configuration.setCustomHistoryEventHandlers(handlers);
	}

	private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor... added) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (existing != null) {
			interceptors.addAll(existing);
		}
		interceptors.addAll(List.of(added));
		return interceptors;
	}

}
