package org.eservices.portal.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Port to whatever collects fees: the portal shows a request's fee and whether it is
 * paid, without knowing the payment provider.
 */
public interface FeePayments {

	/** The latest fee asked for in a process instance, if any. */
	Optional<FeePayment> latestOf(String processInstanceId);

	/** Every fee asked for in a process instance, oldest first: for their receipts. */
	List<FeePayment> allOf(String processInstanceId);

	/**
	 * @param id the platform's number of the payment
	 * @param status {@code PENDING}, {@code PAID}, {@code FAILED}, {@code REFUNDED} or
	 * {@code PROCESSING} (on its way after its checkout was closed: refunded on arrival)
	 * @param checkoutUrl where to pay; only while the fee is unpaid
	 * @param payBy the deadline, after which an unpaid request is cancelled
	 * @param paidAt when it was paid, if it was (a refunded fee too)
	 * @param providerReference the provider's name of the payment (a Stripe checkout
	 * session)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FeePayment(String id, String status, BigDecimal amount, String currency, String checkoutUrl, Instant payBy,
			Instant paidAt, String providerReference) {

		public static final String PENDING = "PENDING";

		public static final String PROCESSING = "PROCESSING";

		public FeePayment {
			if (!PENDING.equals(status)) {
				checkoutUrl = null;
			}
		}

		/** Paid, and perhaps refunded since. */
		public boolean wasPaid() {
			return "PAID".equals(this.status) || "REFUNDED".equals(this.status);
		}

	}

}
