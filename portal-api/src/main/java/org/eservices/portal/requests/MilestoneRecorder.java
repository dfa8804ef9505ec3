package org.eservices.portal.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.Milestone;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.reports.ReportTally;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the request index in step with the process: when a flow node marked as a
 * milestone starts, the request takes its status and the timeline gains an entry; when
 * the process instance ends, the request is closed, and withdrawn if it was ended from
 * outside (an admin deleted or cancelled it). The listeners run inside the engine's
 * transaction, so index and process never disagree; the portal's engine hooks attach them
 * to the elements they concern when a model is parsed.
 */
@Component
public class MilestoneRecorder {

	private final EntityManager entityManager;

	private final Clock clock;

	private final ReportTally tally;

	private final FeePayments payments;

	/**
	 * Lazily: it queries the engine's history, and these listeners are part of the
	 * engine.
	 */
	private final ObjectProvider<ServiceLevelClock> serviceLevels;

	private final ObjectProvider<ServiceCatalog> catalog;

	MilestoneRecorder(EntityManager entityManager, Clock clock, ReportTally tally, ObjectProvider<FeePayments> payments,
			ObjectProvider<ServiceLevelClock> serviceLevels, ObjectProvider<ServiceCatalog> catalog) {
		this.entityManager = entityManager;
		this.clock = clock;
		this.tally = tally;
		this.payments = payments.getIfAvailable(NoFees::new);
		this.serviceLevels = serviceLevels;
		this.catalog = catalog;
	}

	/** For a flow node's start: the request has reached this milestone. */
	public ExecutionListener reached(Milestone milestone) {
		return (execution) -> request(execution)
			.ifPresent((request) -> request.reached(milestone, execution.getCurrentActivityId(), this.clock.instant()));
	}

	/** For the process's end: the request is closed. */
	public ExecutionListener ended() {
		return (execution) -> {
			// a process that another one called: its caller's request stays open
			if (execution.getSuperExecution() != null) {
				return;
			}
			// ended from outside (deleted or cancelled in Cockpit or through the API)
			// rather than by reaching an end event of its own
			boolean withdrawn = execution.isCanceled();
			Instant now = this.clock.instant();
			// another process under the same reference (a platform one, such as the
			// refund
			// of a late payment) does not close the request
			request(execution)
				.filter((request) -> request.getProcessInstanceId() == null
						|| request.getProcessInstanceId().equals(execution.getProcessInstanceId()))
				.ifPresent((request) -> {
					if (withdrawn) {
						request.withdrawn(now);
					}
					request.closed(now);
					this.tally.closed(request.getServiceKey(), request.getSubmittedAt(),
							closing(request, withdrawn, now));
				});
		};
	}

	/**
	 * Decided unless withdrawn or ended with its fee unpaid (cancelled at the payment
	 * deadline), with the working days its decision took against its e-service's target.
	 */
	private ReportTally.Closing closing(ServiceRequest request, boolean withdrawn, Instant now) {
		FeePayments.FeePayment payment = (request.getProcessInstanceId() != null)
				? this.payments.latestOf(request.getProcessInstanceId()).orElse(null) : null;
		boolean decided = !withdrawn && (payment == null || payment.wasPaid());
		if (!decided) {
			return new ReportTally.Closing(false, request.getStatus(), null, null);
		}
		Integer target = this.catalog.getObject()
			.byDefinitionId(request.getProcessDefinitionId())
			.map(EService::processingDays)
			.orElse(null);
		return new ReportTally.Closing(true, request.getStatus(),
				this.serviceLevels.getObject().workingDaysTaken(request, payment, now), target);
	}

	/**
	 * The request whose reference is the process's business key: while the submission
	 * starts the process, the submission's own object, handed over as a transient
	 * variable; later its row, by primary key (the reference carries it).
	 */
	private Optional<ServiceRequest> request(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		if (reference == null) {
			return Optional.empty();
		}
		// set on the process instance by the start: read there, not through every
		// scope between
		if (execution.getProcessInstance()
			.getVariableLocal(RequestVariables.SUBMITTING) instanceof SubmittingRequest submitting
				&& reference.equals(submitting.request().getReference())) {
			return Optional.of(submitting.request());
		}
		Long id = ServiceRequest.idOf(reference);
		ServiceRequest request = (id != null) ? this.entityManager.find(ServiceRequest.class, id) : null;
		return Optional.ofNullable(request).filter((found) -> reference.equals(found.getReference()));
	}

}
