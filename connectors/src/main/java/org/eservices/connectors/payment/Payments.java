package org.eservices.connectors.payment;

import java.time.Clock;

import org.eservices.connectors.OutcomeReports;
import org.eservices.connectors.OwnTransaction;

import org.springframework.stereotype.Service;

/**
 * The ledger's bookkeeping around provider calls. Ledger rows are written in their own
 * transactions, before and after each call, so a job retried after the provider acted
 * finds the outcome; the provider's idempotency key covers the gap in between.
 */
@Service
public class Payments {

	private final PaymentRepository ledger;

	private final OwnTransaction ownTransaction;

	private final Clock clock;

	private final PaymentMetrics metrics;

	private final OutcomeReports reports;

	public Payments(PaymentRepository ledger, OwnTransaction ownTransaction, Clock clock, PaymentMetrics metrics,
			OutcomeReports reports) {
		this.reports = reports;
		this.metrics = metrics;
		this.ledger = ledger;
		this.ownTransaction = ownTransaction;
		this.clock = clock;
	}

	public Payment requestCheckout(String idempotencyKey, String processInstanceId, CheckoutRequest request,
			PaymentProvider provider) {
		Payment payment = this.ownTransaction.execute(() -> this.ledger.findByIdempotencyKey(idempotencyKey)
			.orElseGet(() -> this.ledger
				.save(new Payment(idempotencyKey, processInstanceId, request, provider.name(), this.clock.instant()))));
		if (payment.getProviderPaymentId() != null) {
			return payment;
		}
		Checkout checkout = provider.createCheckout(request, idempotencyKey);
		return this.ownTransaction.update(this.ledger, payment.getId(),
				(entry) -> entry.checkoutCreated(checkout, this.clock.instant()));
	}

	/**
	 * Closes the checkout of a fee that is no longer wanted (the request was cancelled).
	 * A payment that came in meanwhile is refunded, so nobody pays for a cancelled
	 * request; one still on its way is refunded when it arrives ({@link LatePayments}).
	 */
	public Payment cancel(String providerPaymentId, String idempotencyKey, PaymentProvider provider) {
		Payment payment = find(providerPaymentId);
		if (payment.getStatus() == PaymentStatus.PENDING) {
			PaymentStatus outcome = provider.close(providerPaymentId);
			if (outcome == PaymentStatus.PENDING) {
				return this.ownTransaction.update(this.ledger, payment.getId(),
						(entry) -> entry.closedOnItsWay(this.clock.instant()));
			}
			payment = this.ownTransaction.update(this.ledger, payment.getId(), (entry) -> {
				if (entry.settle(outcome, this.clock.instant()) && outcome == PaymentStatus.PAID) {
					this.reports.feePaid(entry.getBusinessKey(), entry.getAmountMinor(), entry.getCurrency());
				}
			});
			this.metrics.became(payment.getStatus());
		}
		return (payment.getStatus() == PaymentStatus.PAID) ? refund(providerPaymentId, idempotencyKey, provider)
				: payment;
	}

	public Payment refund(String providerPaymentId, String idempotencyKey, PaymentProvider provider) {
		Payment payment = find(providerPaymentId);
		if (payment.getStatus() == PaymentStatus.REFUNDED) {
			return payment;
		}
		if (payment.getStatus() != PaymentStatus.PAID) {
			throw new IllegalStateException("Payment " + providerPaymentId + " is " + payment.getStatus()
					+ ", only a paid payment can be refunded");
		}
		String refundId = provider.refund(providerPaymentId, idempotencyKey);
		Payment refunded = this.ownTransaction.update(this.ledger, payment.getId(), (entry) -> {
			entry.refunded(refundId, this.clock.instant());
			this.reports.feeRefunded(entry.getBusinessKey(), entry.getAmountMinor(), entry.getCurrency());
		});
		this.metrics.became(PaymentStatus.REFUNDED);
		return refunded;
	}

	private Payment find(String providerPaymentId) {
		return this.ledger.findByProviderPaymentId(providerPaymentId)
			.orElseThrow(() -> new IllegalArgumentException("No payment " + providerPaymentId + " in the ledger"));
	}

}
