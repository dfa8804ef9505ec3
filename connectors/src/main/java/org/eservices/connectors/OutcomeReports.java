package org.eservices.connectors;

/**
 * Port to the platform's reports: the connectors tell what became of fees and messages,
 * inside the transaction that records it in their ledgers, so each outcome is reported
 * once. The application provides it; without one nothing is reported.
 */
public interface OutcomeReports {

	OutcomeReports NONE = new OutcomeReports() {
	};

	/** A fee was paid. */
	default void feePaid(String businessKey, long amountMinor, String currency) {
	}

	/** A paid fee was given back. */
	default void feeRefunded(String businessKey, long amountMinor, String currency) {
	}

	/**
	 * @param channel {@code email} or {@code sms}
	 * @param outcome {@code sent}, {@code failed} (a try the provider refused),
	 * {@code delivered} or {@code undelivered} (the provider's final report)
	 */
	default void message(String businessKey, String channel, String outcome) {
	}

}
