package org.eservices.portal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.eservices.portal.audit.TaskAudit;
import org.eservices.portal.catalog.ModelProperties;
import org.eservices.portal.reports.TaskThroughput;
import org.eservices.portal.requests.MilestoneRecorder;

import org.springframework.stereotype.Component;

/**
 * Where the portal hooks into the engine, once, when a model is parsed (Camunda's BPMN
 * parse listener): the request index's listeners go on each flow node marked as a
 * milestone and on each process's end, the audit's and the reports' on each user task's
 * completion. They are built-in listeners, which no model can leave out and which an
 * instance deleted with "skip custom listeners" still runs, and elements that concern
 * neither get none.
 */
@Component
public class PortalEngineHooks extends AbstractProcessEnginePlugin {

	private final MilestoneRecorder milestones;

	private final TaskAudit audit;

	private final TaskThroughput throughput;

	PortalEngineHooks(MilestoneRecorder milestones, TaskAudit audit, TaskThroughput throughput) {
		this.milestones = milestones;
		this.audit = audit;
		this.throughput = throughput;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		listeners.add(new Attach());
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	/** The extension properties ({@code camunda:property}) of a BPMN element. */
	static Map<String, String> properties(Element element) {
		Map<String, String> properties = new LinkedHashMap<>();
		Element extensions = element.element("extensionElements");
		Element group = (extensions != null) ? extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")
				: null;
		if (group != null) {
			for (Element property : group.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
				properties.put(property.attribute("name"), property.attribute("value"));
			}
		}
		return properties;
	}

	/**
	 * Its assignee; for a task completed unclaimed (through the engine's API), who did
	 * it.
	 */
	static String completedBy(DelegateTask task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return (current != null) ? current.getUserId() : null;
	}

	private final class Attach extends AbstractBpmnParseListener {

		@Override
		public void parseProcess(Element process, ProcessDefinitionEntity definition) {
			definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, PortalEngineHooks.this.milestones.ended());
		}

		@Override
		public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
			task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, PortalEngineHooks.this.audit::completed);
			task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
					(completed) -> PortalEngineHooks.this.throughput.completed(completed, completedBy(completed)));
			flowNode(element, activity);
		}

		private void flowNode(Element element, ActivityImpl activity) {
			ModelProperties.milestone(properties(element))
				.ifPresent((milestone) -> activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
						PortalEngineHooks.this.milestones.reached(milestone)));
		}

		@Override
		public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseManualTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseScriptTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseTransaction(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseExclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseInclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseParallelGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

		@Override
		public void parseEventBasedGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
			flowNode(element, activity);
		}

	}

}
