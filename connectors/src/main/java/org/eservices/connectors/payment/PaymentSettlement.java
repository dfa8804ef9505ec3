package org.eservices.connectors.payment;

import java.time.Clock;

import org.camunda.bpm.engine.RuntimeService;
import org.eservices.connectors.OutcomeReports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a payment's outcome in the ledger and tells the waiting process. A repeated or
 * late report (a replayed webhook, reconciliation after the webhook) changes nothing; a
 * paid payment never becomes failed.
 */
@Service
public class PaymentSettlement {

	private final PaymentRepository ledger;

	private final RuntimeService runtimeService;

	private final Clock clock;

	private final PaymentMetrics metrics;

	private final OutcomeReports reports;

	public PaymentSettlement(PaymentRepository ledger, RuntimeService runtimeService, Clock clock,
			PaymentMetrics metrics, OutcomeReports reports) {
		this.reports = reports;
		this.ledger = ledger;
		this.runtimeService = runtimeService;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * @return what happened, for the webhook inbox
	 */
	@Transactional
	public String settle(String providerPaymentId, PaymentStatus status) {
		Payment payment = this.ledger.findByProviderPaymentId(providerPaymentId).orElse(null);
		if (payment == null) {
			return "unknown payment";
		}
		if (!payment.settle(status, this.clock.instant())) {
			return "already " + payment.getStatus().name().toLowerCase();
		}
		this.metrics.became(status);
		if (status == PaymentStatus.PAID) {
			this.reports.feePaid(payment.getBusinessKey(), payment.getAmountMinor(), payment.getCurrency());
		}
		String message = (status == PaymentStatus.PAID) ? PaymentMessages.PAYMENT_SUCCEEDED
				: PaymentMessages.PAYMENT_FAILED;
		int correlated = this.runtimeService.createMessageCorrelation(message)
			.processInstanceId(payment.getProcessInstanceId())
			.setVariable(CreatePaymentDelegate.PAYMENT_STATUS, status.name())
			.correlateAllWithResult()
			.size();
		return status.name().toLowerCase() + ((correlated > 0) ? ", process continued" : ", no process waiting");
	}

}
