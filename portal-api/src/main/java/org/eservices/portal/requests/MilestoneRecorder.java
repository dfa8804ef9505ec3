package org.eservices.portal.requests;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.eservices.portal.catalog.ModelProperties;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the request index in step with the process: when a flow node marked as a
 * milestone starts, the request takes its status and the timeline gains an entry; when a
 * top-level end event is reached, the request is closed. Runs inside the engine's
 * transaction (Camunda's Spring eventing), so index and process never disagree.
 */
@Component
class MilestoneRecorder {

	private final ServiceRequestRepository requests;

	private final RequestMilestoneRepository milestones;

	private final Clock clock;

	MilestoneRecorder(ServiceRequestRepository requests, RequestMilestoneRepository milestones, Clock clock) {
		this.requests = requests;
		this.milestones = milestones;
		this.clock = clock;
	}

	@EventListener
	void on(DelegateExecution execution) {
		String event = execution.getEventName();
		String activityInstance = execution.getActivityInstanceId();
		if (execution.getProcessBusinessKey() == null) {
			return;
		}
		// the process instance's own events carry no activity instance (start) or its id
		// (end)
		boolean processLevel = activityInstance == null || activityInstance.equals(execution.getProcessInstanceId());
		if (processLevel && ExecutionListener.EVENTNAME_END.equals(event) && execution.getParentId() == null) {
			this.requests.findByReference(execution.getProcessBusinessKey())
				.ifPresent((request) -> request.closed(this.clock.instant()));
		}
		else if (!processLevel && ExecutionListener.EVENTNAME_START.equals(event)) {
			FlowElement element = execution.getBpmnModelElementInstance();
			ModelProperties.milestone(element)
				.ifPresent((milestone) -> this.requests.findByReference(execution.getProcessBusinessKey())
					.ifPresent((request) -> {
						Instant now = this.clock.instant();
						request.reached(milestone, now);
						this.milestones.save(new RequestMilestone(request.getId(), milestone.code(), milestone.label(),
								element.getId(), now));
					}));
		}
	}

}
