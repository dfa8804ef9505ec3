package org.eservices.connectors.payment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.eservices.connectors.ConnectorInputs;

import org.springframework.stereotype.Component;

/**
 * "Cancel payment": closes the checkout of a fee that is no longer due, e.g. when the
 * payment deadline passed, so that it cannot be paid any more; refunds it if it was paid
 * in the meantime. Input {@code paymentId}; sets {@code paymentStatus},
 * {@code paymentOnItsWay} (and {@code refundId} after a refund).
 */
@Component
public class CancelPaymentDelegate implements JavaDelegate {

	public static final String INPUT_PAYMENT_ID = "paymentId";

	/**
	 * Whether a payment was on its way that could not be stopped (an asynchronous method
	 * such as SEPA): it is refunded when it arrives. For the cancellation message.
	 */
	public static final String PAYMENT_ON_ITS_WAY = "paymentOnItsWay";

	/** The inputs it reads; its element template must bind exactly these. */
	public static final List<String> INPUTS = List.of(INPUT_PAYMENT_ID);

	private final Payments payments;

	private final PaymentProvider provider;

	public CancelPaymentDelegate(Payments payments, PaymentProvider provider) {
		this.payments = payments;
		this.provider = provider;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String paymentId = ConnectorInputs.requireText(execution, INPUT_PAYMENT_ID);
		Payment payment = this.payments.cancel(paymentId, ConnectorInputs.idempotencyKey(execution), this.provider);
		if (payment.getRefundId() != null) {
			execution.setVariable(RefundPaymentDelegate.REFUND_ID, payment.getRefundId());
		}
		execution.setVariable(CreatePaymentDelegate.PAYMENT_STATUS, payment.getStatus().name());
		execution.setVariable(PAYMENT_ON_ITS_WAY, payment.getStatus() == PaymentStatus.PENDING);
	}

}
