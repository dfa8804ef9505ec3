package org.eservices.portal.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.eservices.portal.calendar.BusinessCalendar;
import org.eservices.portal.calendar.WorkingCalendar;

import org.springframework.stereotype.Component;

/**
 * A request's service-level clock: its e-service's processing target in working days,
 * counted from submission, or from payment where a fee is asked; it stands still while
 * the case waits for the citizen (a task assigned to them, such as "more information"),
 * so the date the citizen is given moves by the working days they took to answer.
 */
@Component
class ServiceLevelClock {

	private final BusinessCalendar calendar;

	private final HistoryService historyService;

	ServiceLevelClock(BusinessCalendar calendar, HistoryService historyService) {
		this.calendar = calendar;
		this.historyService = historyService;
	}

	/**
	 * @return {@code null} for a closed request, one with no target, or one whose fee is
	 * not paid yet (its clock has not started)
	 */
	ServiceLevel of(ServiceRequest request, Integer processingDays, FeePayments.FeePayment payment) {
		if (processingDays == null || request.getClosedAt() != null || request.getProcessInstanceId() == null) {
			return null;
		}
		if (payment != null && payment.paidAt() == null) {
			return ServiceLevel.waitingForPayment(processingDays);
		}
		Instant started = (payment != null) ? payment.paidAt() : request.getSubmittedAt();
		ZoneId zone = this.calendar.zone();
		WorkingCalendar working = this.calendar.current();
		LocalDate today = this.calendar.today();
		List<Interval> waits = citizenWaits(request, started);
		int paused = pausedWorkingDays(waits, started, today, working);
		boolean waiting = waits.stream().anyMatch((wait) -> wait.to() == null);
		LocalDate expected = working.plusWorkingDays(LocalDate.ofInstant(started, zone), processingDays + paused);
		return new ServiceLevel(processingDays, expected, waiting, paused);
	}

	/**
	 * The working days a request's decision took on its clock: from its start (payment or
	 * submission) to the decision, less the days it stood still for the citizen.
	 * @return {@code null} for a request whose fee was never paid (its clock never ran)
	 */
	Integer workingDaysTaken(ServiceRequest request, FeePayments.FeePayment payment, Instant decidedAt) {
		if (payment != null && !payment.wasPaid()) {
			return null;
		}
		Instant started = (payment != null && payment.paidAt() != null) ? payment.paidAt() : request.getSubmittedAt();
		ZoneId zone = this.calendar.zone();
		WorkingCalendar working = this.calendar.current();
		LocalDate decided = LocalDate.ofInstant(decidedAt, zone);
		int paused = pausedWorkingDays(citizenWaits(request, started), started, decided, working);
		return Math.max(0, working.workingDaysBetween(LocalDate.ofInstant(started, zone), decided) - paused);
	}

	/**
	 * The working days the clock stood still for the citizen since it started, a wait
	 * still open counting until {@code until}.
	 */
	private int pausedWorkingDays(List<Interval> waits, Instant started, LocalDate until, WorkingCalendar working) {
		ZoneId zone = this.calendar.zone();
		int paused = 0;
		for (Interval wait : waits) {
			LocalDate from = LocalDate.ofInstant(wait.from().isAfter(started) ? wait.from() : started, zone);
			LocalDate to = (wait.to() != null) ? LocalDate.ofInstant(wait.to(), zone) : until;
			paused += Math.max(0, working.workingDaysBetween(from, to));
		}
		return paused;
	}

	/** The periods tasks of the citizen were open, overlapping ones merged. */
	private List<Interval> citizenWaits(ServiceRequest request, Instant after) {
		List<HistoricTaskInstance> tasks = this.historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(request.getProcessInstanceId())
			.taskAssignee(request.getCitizenId())
			.list();
		List<Interval> waits = tasks.stream()
			.map((task) -> new Interval(task.getStartTime().toInstant(),
					(task.getEndTime() != null) ? task.getEndTime().toInstant() : null))
			.filter((wait) -> wait.to() == null || wait.to().isAfter(after))
			.sorted(Comparator.comparing(Interval::from))
			.toList();
		List<Interval> merged = new ArrayList<>();
		for (Interval wait : waits) {
			Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && (last.to() == null || !wait.from().isAfter(last.to()))) {
				merged.set(merged.size() - 1, new Interval(last.from(), (last.to() == null || wait.to() == null) ? null
						: (wait.to().isAfter(last.to()) ? wait.to() : last.to())));
			}
			else {
				merged.add(wait);
			}
		}
		return merged;
	}

	private record Interval(Instant from, Instant to) {

	}

	/**
	 * @param workingDays the e-service's target
	 * @param decisionExpectedBy when a decision is due, the days waited for the citizen
	 * added; none while the fee is unpaid
	 * @param waitingForCitizen the clock stands still: the citizen has something to do
	 * @param pausedWorkingDays working days added for the citizen's answers
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ServiceLevel(int workingDays, LocalDate decisionExpectedBy, boolean waitingForCitizen,
			int pausedWorkingDays) {

		static ServiceLevel waitingForPayment(int workingDays) {
			return new ServiceLevel(workingDays, null, true, 0);
		}

	}

}
