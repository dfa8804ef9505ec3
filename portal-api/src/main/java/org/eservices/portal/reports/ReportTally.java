package org.eservices.portal.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.eservices.portal.calendar.BusinessCalendar;

import org.springframework.stereotype.Component;

/**
 * What the reporting dashboard counts, counted as it happens (when a request reaches a
 * milestone, a fee is paid, a task is completed, a message is sent), by day of the
 * business calendar: the dashboard then sums a few rows per day instead of scanning the
 * requests. Each call counts within the caller's transaction.
 */
@Component
public class ReportTally {

	private final FigureStore store;

	private final BusinessCalendar calendar;

	private final Clock clock;

	ReportTally(FigureStore store, BusinessCalendar calendar, Clock clock) {
		this.store = store;
		this.calendar = calendar;
		this.clock = clock;
	}

	public void draftStarted(String service) {
		count(today(), service, Measures.DRAFT_STARTED, "");
	}

	/**
	 * @param free the e-service asks no fee: the request is cleared for processing at
	 * once
	 */
	public void submitted(String service, Instant submittedAt, boolean free) {
		count(today(), service, Measures.SUBMITTED, "");
		count(day(submittedAt), service, Measures.OPEN, "");
		if (free) {
			count(today(), service, Measures.PAID, "");
		}
	}

	public void feePaid(String service, long amountMinor, String currency) {
		count(today(), service, Measures.PAID, "");
		this.store.add(new Figure(today(), service, Measures.FEE_COLLECTED, currency), 1, amountMinor);
	}

	public void feeRefunded(String service, long amountMinor, String currency) {
		this.store.add(new Figure(today(), service, Measures.FEE_REFUNDED, currency), 1, amountMinor);
	}

	/** A request was closed: no longer open, and decided or dropped. */
	public void closed(String service, Instant submittedAt, Closing closing) {
		this.store.add(new Figure(day(submittedAt), service, Measures.OPEN, ""), -1, 0);
		if (!closing.decided()) {
			count(today(), service, Measures.DROPPED, closing.status());
			return;
		}
		count(today(), service, Measures.DECIDED, closing.status());
		if (closing.workingDays() != null) {
			count(today(), service, Measures.PROCESSING_DAYS, Integer.toString(closing.workingDays()));
			if (closing.targetDays() != null) {
				count(today(), service, Measures.TARGET,
						(closing.workingDays() <= closing.targetDays()) ? "met" : "missed");
			}
		}
	}

	/** A staff task was completed by a clerk of these departments. */
	public void taskCompleted(String service, String clerk, Collection<String> departments) {
		count(today(), service, Measures.TASK_COMPLETED, Measures.CLERK + ((clerk != null) ? clerk : ""));
		for (String department : departments) {
			count(today(), service, Measures.TASK_COMPLETED, Measures.DEPARTMENT + department);
		}
	}

	public void slaBreached(String service) {
		count(today(), service, Measures.SLA_BREACH, "");
	}

	/**
	 * @param channel {@code email} or {@code sms}
	 * @param outcome {@code sent}, {@code failed} (each try), {@code delivered} or
	 * {@code undelivered} (the provider's final report)
	 * @param service the request's e-service; empty for the platform's own messages
	 */
	public void message(String service, String channel, String outcome) {
		count(today(), service, Measures.MESSAGE, channel + ":" + outcome);
	}

	private void count(LocalDate day, String service, String measure, String dimension) {
		this.store.add(new Figure(day, service, measure, dimension), 1, 0);
	}

	private LocalDate today() {
		return day(this.clock.instant());
	}

	private LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, this.calendar.zone());
	}

	/**
	 * How a request ended.
	 *
	 * @param decided closed by its process with a decision (not withdrawn, not cancelled
	 * for an unpaid fee)
	 * @param status its last status (e.g. {@code approved})
	 * @param workingDays the working days its decision took on its service-level clock,
	 * if it had one
	 * @param targetDays its e-service's target, if any
	 */
	public record Closing(boolean decided, String status, Integer workingDays, Integer targetDays) {

	}

}
