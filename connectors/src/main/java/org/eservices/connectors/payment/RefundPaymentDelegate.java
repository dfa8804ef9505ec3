package org.eservices.connectors.payment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.eservices.connectors.ConnectorInputs;

import org.springframework.stereotype.Component;

/**
 * "Refund payment": refunds a paid fee in full. Input {@code paymentId} (usually
 * {@code ${paymentId}}); sets {@code refundId} and {@code paymentStatus}.
 */
@Component
public class RefundPaymentDelegate implements JavaDelegate {

	public static final String INPUT_PAYMENT_ID = "paymentId";

	/** The inputs it reads; its element template must bind exactly these. */
	public static final List<String> INPUTS = List.of(INPUT_PAYMENT_ID);

	public static final String REFUND_ID = "refundId";

	private final Payments payments;

	private final PaymentProvider provider;

	public RefundPaymentDelegate(Payments payments, PaymentProvider provider) {
		this.payments = payments;
		this.provider = provider;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String paymentId = ConnectorInputs.requireText(execution, INPUT_PAYMENT_ID);
		Payment payment = this.payments.refund(paymentId, ConnectorInputs.idempotencyKey(execution), this.provider);
		execution.setVariable(REFUND_ID, payment.getRefundId());
		execution.setVariable(CreatePaymentDelegate.PAYMENT_STATUS, payment.getStatus().name());
	}

}
