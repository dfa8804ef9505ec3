package org.eservices.connectors.payment;

/**
 * Port to a payment provider (Stripe, or the sandbox checkout).
 */
public interface PaymentProvider {

	String name();

	/**
	 * @param idempotencyKey the same for every retry of one job, so a retry returns the
	 * first checkout instead of creating another
	 */
	Checkout createCheckout(CheckoutRequest request, String idempotencyKey);

	/** What the provider knows now: for payments whose webhook never came. */
	PaymentStatus status(String providerPaymentId);

	/**
	 * Closes an unpaid checkout so that it can no longer be paid.
	 * @return {@link PaymentStatus#FAILED} once closed, {@link PaymentStatus#PAID} if it
	 * was paid meanwhile, or {@link PaymentStatus#PENDING} if a payment is on its way
	 * that can no longer be stopped (refunded when it arrives)
	 */
	PaymentStatus close(String providerPaymentId);

	/** Refunds the whole payment; returns the provider's refund id. */
	String refund(String providerPaymentId, String idempotencyKey);

}
