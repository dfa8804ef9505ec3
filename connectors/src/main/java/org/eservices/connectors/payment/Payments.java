package org.eservices.connectors.payment;

import java.time.Clock;
import java.util.function.Consumer;

import org.eservices.connectors.OwnTransaction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's bookkeeping around provider calls. Ledger rows are written in their own
 * transactions, before and after each call, so a job retried after the provider acted
 * finds the outcome; the provider's idempotency key covers the gap in between.
 */
@Service
public class Payments {

	private final PaymentRepository ledger;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	public Payments(PaymentRepository ledger, PlatformTransactionManager transactionManager, Clock clock) {
		this.ledger = ledger;
		this.ownTransaction = OwnTransaction.template(transactionManager);
		this.clock = clock;
	}

	public Payment requestCheckout(String idempotencyKey, String processInstanceId, CheckoutRequest request,
			PaymentProvider provider) {
		Payment payment = this.ownTransaction.execute((status) -> this.ledger.findByIdempotencyKey(idempotencyKey)
			.orElseGet(() -> this.ledger
				.save(new Payment(idempotencyKey, processInstanceId, request, provider.name(), this.clock.instant()))));
		if (payment.getProviderPaymentId() != null) {
			return payment;
		}
		Checkout checkout = provider.createCheckout(request, idempotencyKey);
		return update(payment, (entry) -> entry.checkoutCreated(checkout, this.clock.instant()));
	}

	public Payment refund(String providerPaymentId, String idempotencyKey, PaymentProvider provider) {
		Payment payment = this.ledger.findByProviderPaymentId(providerPaymentId)
			.orElseThrow(() -> new IllegalArgumentException("No payment " + providerPaymentId + " in the ledger"));
		if (payment.getStatus() == PaymentStatus.REFUNDED) {
			return payment;
		}
		if (payment.getStatus() != PaymentStatus.PAID) {
			throw new IllegalStateException("Payment " + providerPaymentId + " is " + payment.getStatus()
					+ ", only a paid payment can be refunded");
		}
		String refundId = provider.refund(providerPaymentId, idempotencyKey);
		return update(payment, (entry) -> entry.refunded(refundId, this.clock.instant()));
	}

	private Payment update(Payment payment, Consumer<Payment> change) {
		return this.ownTransaction.execute((status) -> {
			Payment entry = this.ledger.findById(payment.getId()).orElseThrow();
			change.accept(entry);
			return entry;
		});
	}

}
