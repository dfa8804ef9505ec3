package org.eservices.connectors.payment;

/**
 * Messages the payment connector correlates to the process waiting after "Take payment":
 * model message catch events (or an event-based gateway) with these names.
 */
public final class PaymentMessages {

	public static final String PAYMENT_SUCCEEDED = "PaymentSucceeded";

	public static final String PAYMENT_FAILED = "PaymentFailed";

	private PaymentMessages() {
	}

}
