package org.eservices.connectors.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.eservices.connectors.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.eservices.connectors.OwnTransaction;

import org.springframework.stereotype.Component;

/**
 * Settles payments whose provider event never came: asks the provider about each of its
 * payments still pending after {@code reconcileAfter}, oldest first, up to 100 a run and
 * for at most {@code reconcileFor}, so that the run ends within its job's lock. Each
 * payment is settled in its own transaction, so one failure does not hold back the
 * others; failures end in a failed job (retried, then an incident) naming them.
 */
@Component
public class ReconcilePaymentsDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(ReconcilePaymentsDelegate.class);

	private final PaymentRepository ledger;

	private final PaymentProvider provider;

	private final PaymentSettlement settlement;

	private final CheckoutSettings settings;

	private final OwnTransaction ownTransaction;

	private final Clock clock;

	public ReconcilePaymentsDelegate(PaymentRepository ledger, PaymentProvider provider, PaymentSettlement settlement,
			CheckoutSettings settings, OwnTransaction ownTransaction, Clock clock) {
		this.ledger = ledger;
		this.provider = provider;
		this.settlement = settlement;
		this.settings = settings;
		this.ownTransaction = ownTransaction;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// only the provider's own: the sandbox's checkouts, left from before the
		// platform went live with Stripe, are no Stripe sessions
		List<Payment> pending = this.ledger
			.findTop100ByProviderAndStatusAndProviderPaymentIdNotNullAndCreatedAtBeforeOrderByCreatedAtAsc(
					this.provider.name(), PaymentStatus.PENDING,
					this.clock.instant().minus(this.settings.reconcileAfter()));
		List<String> failed = new ArrayList<>();
		Instant stopAt = this.clock.instant().plus(this.settings.reconcileFor());
		for (Payment payment : pending) {
			if (this.clock.instant().isAfter(stopAt)) {
				log.info("Reconciliation stopped for this run after {}; the rest waits for the next",
						this.settings.reconcileFor());
				break;
			}
			try {
				PaymentStatus status = this.provider.status(payment.getProviderPaymentId());
				if (status != PaymentStatus.PENDING) {
					String outcome = this.ownTransaction
						.execute(() -> this.settlement.settle(payment.getProviderPaymentId(), status));
					log.info("Reconciled payment {} of {}: {}", payment.getProviderPaymentId(),
							payment.getBusinessKey(), outcome);
				}
			}
			catch (LatePayments.NotAwaitedYetException ex) {
				log.info("Payment {} of {} settles at the next run: {}", payment.getProviderPaymentId(),
						payment.getBusinessKey(), ex.getMessage());
			}
			catch (RuntimeException ex) {
				log.warn("Could not reconcile payment {}: {}", payment.getProviderPaymentId(), ex.getMessage());
				failed.add(payment.getProviderPaymentId());
			}
		}
		if (!failed.isEmpty()) {
			throw new ProviderException("Could not reconcile payments " + failed);
		}
	}

}
