package org.eservices.app.payment;

import java.util.List;
import java.util.Optional;

import org.eservices.connectors.payment.Payment;
import org.eservices.connectors.payment.PaymentRepository;
import org.eservices.connectors.payment.PaymentStatus;
import org.eservices.portal.requests.FeePayments;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's view of fees, read from the connectors' payment ledger: the two modules
 * stay unaware of each other.
 */
@Component
class LedgerFeePayments implements FeePayments {

	private final PaymentRepository ledger;

	LedgerFeePayments(PaymentRepository ledger) {
		this.ledger = ledger;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<FeePayment> latestOf(String processInstanceId) {
		return this.ledger.findFirstByProcessInstanceIdOrderByIdDesc(processInstanceId)
			.map(LedgerFeePayments::feePayment);
	}

	@Override
	@Transactional(readOnly = true)
	public List<FeePayment> allOf(String processInstanceId) {
		return this.ledger.findByProcessInstanceIdOrderByIdAsc(processInstanceId)
			.stream()
			.map(LedgerFeePayments::feePayment)
			.toList();
	}

	private static FeePayment feePayment(Payment payment) {
		return new FeePayment(payment.getId().toString(), statusOf(payment), payment.getAmount(),
				payment.getCurrencyCode(), payment.getCheckoutUrl(), payment.getPayBy(), payment.getPaidAt(),
				payment.getProviderPaymentId());
	}

	/** A payment on its way after its checkout was closed is no longer to be paid. */
	private static String statusOf(Payment payment) {
		return (payment.getStatus() == PaymentStatus.PENDING && payment.wasClosedOnItsWay()) ? FeePayment.PROCESSING
				: payment.getStatus().name();
	}

}
