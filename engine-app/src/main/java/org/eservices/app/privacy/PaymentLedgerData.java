package org.eservices.app.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eservices.connectors.payment.Payment;
import org.eservices.connectors.payment.PaymentProvider;
import org.eservices.connectors.payment.PaymentRepository;
import org.eservices.connectors.payment.PaymentStatus;
import org.eservices.connectors.payment.Payments;
import org.eservices.connectors.webhook.WebhookEventRepository;
import org.eservices.portal.privacy.CitizenRecords;
import org.eservices.portal.privacy.PersonalDataPart;
import org.eservices.portal.privacy.RetainedRecords;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's payments and refunds in the connectors' ledger, and the provider's events
 * about them (which carry the payer's details). On erasure a payment that took money
 * stays as a retained record (amount, dates, the provider's ids), for the body's
 * accounts.
 */
@Component
class PaymentLedgerData implements PersonalDataPart {

	static final String REASON = "Accounting: payments received and refunded are kept for the public body's accounts";

	private final PaymentRepository ledger;

	private final WebhookEventRepository inbox;

	private final Payments payments;

	private final PaymentProvider provider;

	PaymentLedgerData(PaymentRepository ledger, WebhookEventRepository inbox, Payments payments,
			PaymentProvider provider) {
		this.ledger = ledger;
		this.inbox = inbox;
		this.payments = payments;
		this.provider = provider;
	}

	@Override
	public String name() {
		return "payments";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(CitizenRecords citizen) {
		return paymentsOf(citizen).stream().map(PaymentLedgerData::fields).toList();
	}

	@Override
	@Transactional
	public int erase(CitizenRecords citizen, RetainedRecords retained) {
		List<Payment> payments = paymentsOf(citizen);
		for (Payment open : payments) {
			// a withdrawn request's checkout must take no money (one paid meanwhile is
			// refunded): the ledger row that would say whose it is goes now
			if (open.getStatus() == PaymentStatus.PENDING && open.getProviderPaymentId() != null) {
				this.payments.cancel(open.getProviderPaymentId(), "erasure:" + open.getId(), this.provider);
			}
		}
		payments = paymentsOf(citizen);
		for (Payment payment : payments) {
			if (payment.getPaidAt() != null) {
				retained.keep(payment.getBusinessKey(), name(), fields(payment), REASON);
			}
			if (payment.getProviderPaymentId() != null) {
				this.inbox.emptyPayloadsAbout(payment.getProviderPaymentId());
			}
		}
		this.ledger.deleteAll(payments);
		return payments.size();
	}

	private List<Payment> paymentsOf(CitizenRecords citizen) {
		return citizen.references().isEmpty() ? List.of()
				: this.ledger.findByBusinessKeyInOrderByCreatedAtAscIdAsc(citizen.references());
	}

	private static Map<String, Object> fields(Payment payment) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("reference", payment.getBusinessKey());
		fields.put("amount", payment.getAmount());
		fields.put("currency", payment.getCurrencyCode());
		fields.put("status", payment.getStatus().name());
		fields.put("provider", payment.getProvider());
		fields.put("providerPaymentId", payment.getProviderPaymentId());
		fields.put("refundId", payment.getRefundId());
		fields.put("createdAt", payment.getCreatedAt());
		fields.put("paidAt", payment.getPaidAt());
		fields.put("updatedAt", payment.getUpdatedAt());
		return fields;
	}

}
