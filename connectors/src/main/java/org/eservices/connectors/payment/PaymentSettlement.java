package org.eservices.connectors.payment;

import java.time.Clock;

import org.camunda.bpm.engine.RuntimeService;
import org.eservices.connectors.OutcomeReports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a payment's outcome in the ledger and tells the waiting process. A repeated or
 * late report (a replayed webhook, reconciliation after the webhook) changes nothing; a
 * paid payment never becomes failed. Money no process waits for is refunded
 * ({@link LatePayments}).
 */
@Service
public class PaymentSettlement {

	private final PaymentRepository ledger;

	private final RuntimeService runtimeService;

	private final Clock clock;

	private final PaymentMetrics metrics;

	private final OutcomeReports reports;

	private final LatePayments latePayments;

	public PaymentSettlement(PaymentRepository ledger, RuntimeService runtimeService, Clock clock,
			PaymentMetrics metrics, OutcomeReports reports, LatePayments latePayments) {
		this.reports = reports;
		this.latePayments = latePayments;
		this.ledger = ledger;
		this.runtimeService = runtimeService;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * @return what happened, for the webhook inbox
	 * @throws LatePayments.NotAwaitedYetException when the payment came in while a step
	 * of its process runs: nothing is recorded, the provider reports it again
	 */
	@Transactional
	public String settle(String providerPaymentId, PaymentStatus status) {
		Payment payment = this.ledger.findByProviderPaymentId(providerPaymentId).orElse(null);
		if (payment == null) {
			return "unknown payment";
		}
		boolean closed = payment.getStatus() == PaymentStatus.FAILED || payment.wasClosedOnItsWay();
		if (!payment.settle(status, this.clock.instant())) {
			return "already " + payment.getStatus().name().toLowerCase();
		}
		String message = (status == PaymentStatus.PAID) ? PaymentMessages.PAYMENT_SUCCEEDED
				: PaymentMessages.PAYMENT_FAILED;
		int correlated = this.runtimeService.createMessageCorrelation(message)
			.processInstanceId(payment.getProcessInstanceId())
			.setVariable(CreatePaymentDelegate.PAYMENT_STATUS, status.name())
			.correlateAllWithResult()
			.size();
		boolean refund = correlated == 0 && status == PaymentStatus.PAID && this.latePayments.unwanted(payment, closed);
		this.metrics.became(status);
		if (status == PaymentStatus.PAID) {
			this.reports.feePaid(payment.getBusinessKey(), payment.getAmountMinor(), payment.getCurrency());
		}
		if (correlated > 0) {
			return status.name().toLowerCase() + ", process continued";
		}
		if (!refund) {
			return status.name().toLowerCase() + ", no process waiting";
		}
		this.latePayments.refund(payment);
		return "paid, no request waits for it: refund started";
	}

}
