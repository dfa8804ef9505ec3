package org.eservices.app.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Audits every new deployment, whoever made it (Camunda Modeler through the engine REST
 * API, the boot-time deployment, Cockpit), inside the deploying transaction. A command
 * whose result is a deployment made in that command is a deployment; one that a duplicate
 * filter answered with an older deployment is not.
 */
@Component
class DeploymentAudit extends AbstractProcessEnginePlugin {

	/** Lazily: the audit log needs the engine this plugin helps to build. */
	private final ObjectProvider<AuditLog> auditLog;

	DeploymentAudit(ObjectProvider<AuditLog> auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
		}
		interceptors.add(new Recorder());
		configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
	}

	private final class Recorder extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			Date started = ClockUtil.getCurrentTime();
			T result = this.next.execute(command);
			if (result instanceof DeploymentWithDefinitions deployment && deployment.getDeploymentTime() != null
					&& !deployment.getDeploymentTime().before(started)) {
				DeploymentAudit.this.auditLog.getObject()
					.recordEngineChange(AuditKind.DEPLOYMENT, Context.getCommandContext().getAuthenticatedUserId(),
							describe(deployment), detail(deployment));
			}
			return result;
		}

	}

	private static String describe(DeploymentWithDefinitions deployment) {
		return (deployment.getName() != null) ? deployment.getName() + " (" + deployment.getId() + ")"
				: deployment.getId();
	}

	private static String detail(DeploymentWithDefinitions deployment) {
		List<ProcessDefinition> processes = (deployment.getDeployedProcessDefinitions() != null)
				? deployment.getDeployedProcessDefinitions() : List.of();
		String definitions = processes.stream()
			.map((process) -> process.getKey() + " v" + process.getVersion())
			.collect(Collectors.joining(", "));
		return "Deployed" + (definitions.isEmpty() ? "" : " " + definitions)
				+ ((deployment.getSource() != null) ? " from " + deployment.getSource() : "") + ".";
	}

}
