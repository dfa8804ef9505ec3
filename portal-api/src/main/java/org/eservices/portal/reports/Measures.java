package org.eservices.portal.reports;

/** The names of the counters the reports keep (the {@code measure} column). */
final class Measures {

	static final String DRAFT_STARTED = "draft_started";

	static final String SUBMITTED = "submitted";

	/** Paid, or submitted to an e-service that asks no fee: cleared for processing. */
	static final String PAID = "paid";

	/** Closed by its process with a decision; the dimension is the final status. */
	static final String DECIDED = "decided";

	/** Closed without a decision: withdrawn, or cancelled with its fee unpaid. */
	static final String DROPPED = "dropped";

	/** Requests still open, counted on their day of submission. */
	static final String OPEN = "open";

	/** Decisions by the working days they took (the dimension). */
	static final String PROCESSING_DAYS = "processing_days";

	/**
	 * Decisions within their e-service's target ({@code met}) or not ({@code missed}).
	 */
	static final String TARGET = "target";

	static final String SLA_BREACH = "sla_breach";

	/**
	 * Staff tasks completed: dimension {@code clerk:<id>} or {@code department:<group>}.
	 */
	static final String TASK_COMPLETED = "task_completed";

	/** Amounts in minor units, dimension the currency. */
	static final String FEE_COLLECTED = "fee_collected";

	static final String FEE_REFUNDED = "fee_refunded";

	/** Dimension {@code <channel>:<sent|failed|delivered|undelivered>}. */
	static final String MESSAGE = "message";

	static final String CLERK = "clerk:";

	static final String DEPARTMENT = "department:";

	private Measures() {
	}

}
