package org.eservices.connectors.payment;

public enum PaymentStatus {

	/** Checkout created, not paid yet. */
	PENDING,
	/** Paid. */
	PAID,
	/** The checkout expired or the payment failed. */
	FAILED,
	/** Paid, then refunded. */
	REFUNDED

}
