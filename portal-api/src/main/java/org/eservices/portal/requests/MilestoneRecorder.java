package org.eservices.portal.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.eservices.portal.catalog.Milestone;
import org.eservices.portal.catalog.ModelProperties;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the request index in step with the process: when a flow node marked as a
 * milestone starts, the request takes its status and the timeline gains an entry; when a
 * top-level end event is reached, the request is closed; when the instance is ended from
 * outside (an admin deletes or cancels it), the request is withdrawn. Runs inside the
 * engine's transaction (Camunda's Spring eventing, as built-in listeners that deleting
 * with "skip custom listeners" does not skip), so index and process never disagree.
 */
@Component
class MilestoneRecorder {

	private final EntityManager entityManager;

	private final Clock clock;

	/**
	 * Milestone of each flow node, per process definition: models never change once
	 * deployed.
	 */
	private final Map<String, Optional<Milestone>> byActivity = new ConcurrentHashMap<>();

	MilestoneRecorder(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
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
			// ended from outside (deleted or cancelled in Cockpit or through the API)
			// rather than by reaching an end event of its own
			boolean ended = execution.isCanceled();
			Instant now = this.clock.instant();
			request(execution).ifPresent((request) -> {
				if (ended) {
					request.withdrawn(now);
				}
				request.closed(now);
			});
		}
		else if (!processLevel && ExecutionListener.EVENTNAME_START.equals(event)) {
			milestone(execution).ifPresent((milestone) -> request(execution).ifPresent((request) -> {
				request.reached(milestone, execution.getCurrentActivityId(), this.clock.instant());
			}));
		}
	}

	private Optional<Milestone> milestone(DelegateExecution execution) {
		return this.byActivity.computeIfAbsent(
				execution.getProcessDefinitionId() + "#" + execution.getCurrentActivityId(),
				(key) -> ModelProperties.milestone(execution.getBpmnModelElementInstance()));
	}

	/**
	 * The submission's own object while it starts the process, later by primary key.
	 */
	private Optional<ServiceRequest> request(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		Optional<ServiceRequest> starting = SubmissionInProgress.find(reference);
		if (starting.isPresent()) {
			return starting;
		}
		Long id = ServiceRequest.idOf(reference);
		ServiceRequest request = (id != null) ? this.entityManager.find(ServiceRequest.class, id) : null;
		return Optional.ofNullable(request).filter((found) -> reference.equals(found.getReference()));
	}

}
