package org.eservices.connectors.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.eservices.connectors.ConnectorInputs;

import org.springframework.stereotype.Component;

/**
 * "Take payment": creates a hosted checkout for a fee and records it in the ledger.
 * Inputs {@code amount} (in the currency's major unit, e.g. a DMN result),
 * {@code currency} and {@code description}; sets {@code paymentId}, {@code checkoutUrl}
 * and {@code paymentStatus}. The process then waits for the payment message (webhook or
 * reconciliation).
 */
@Component
public class CreatePaymentDelegate implements JavaDelegate {

	public static final String INPUT_AMOUNT = "amount";

	public static final String INPUT_CURRENCY = "currency";

	public static final String INPUT_DESCRIPTION = "description";

	/** Optional: pre-fills the checkout's e-mail field and gets the payer the receipt. */
	public static final String INPUT_PAYER_EMAIL = "payerEmail";

	/** The inputs it reads; its element template must bind exactly these. */
	public static final List<String> INPUTS = List.of(INPUT_AMOUNT, INPUT_CURRENCY, INPUT_DESCRIPTION,
			INPUT_PAYER_EMAIL);

	public static final String PAYMENT_ID = "paymentId";

	public static final String CHECKOUT_URL = "checkoutUrl";

	public static final String PAYMENT_STATUS = "paymentStatus";

	/**
	 * When the fee must be paid by (a date, for a timer's {@code timeDate}): set by the
	 * first checkout of an instance, kept by later ones.
	 */
	public static final String PAYMENT_DEADLINE = "paymentDeadline";

	/** The fee as people read it, e.g. "150.00 EUR", for messages. */
	public static final String PAYMENT_AMOUNT = "paymentAmount";

	private final Payments payments;

	private final PaymentProvider provider;

	private final CheckoutSettings settings;

	private final Clock clock;

	public CreatePaymentDelegate(Payments payments, PaymentProvider provider, CheckoutSettings settings, Clock clock) {
		this.payments = payments;
		this.provider = provider;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		BigDecimal amount = ConnectorInputs.requireDecimal(execution, INPUT_AMOUNT);
		String currency = ConnectorInputs.requireText(execution, INPUT_CURRENCY).toLowerCase(Locale.ROOT);
		String description = ConnectorInputs.requireText(execution, INPUT_DESCRIPTION);
		String reference = execution.getProcessBusinessKey();
		Object email = execution.getVariableLocal(INPUT_PAYER_EMAIL);
		String page = this.settings.requestPage(reference);
		Date deadline = deadline(execution);
		CheckoutRequest request = new CheckoutRequest(minorUnits(execution, amount, currency), currency, description,
				reference, (email != null && !email.toString().isBlank()) ? email.toString().strip() : null,
				page + "?payment=done", page + "?payment=cancelled", deadline.toInstant());
		Payment payment = this.payments.requestCheckout(ConnectorInputs.idempotencyKey(execution),
				execution.getProcessInstanceId(), request, this.provider);
		execution.setVariable(PAYMENT_ID, payment.getProviderPaymentId());
		execution.setVariable(CHECKOUT_URL, payment.getCheckoutUrl());
		execution.setVariable(PAYMENT_STATUS, payment.getStatus().name());
		execution.setVariable(PAYMENT_DEADLINE, deadline);
		execution.setVariable(PAYMENT_AMOUNT, payment.getDisplayAmount());
	}

	/** A new checkout after a failed one keeps the first deadline. */
	private Date deadline(DelegateExecution execution) {
		if (execution.getVariable(PAYMENT_DEADLINE) instanceof Date existing) {
			return existing;
		}
		return Date.from(this.clock.instant().plus(this.settings.payWithin()));
	}

	private static long minorUnits(DelegateExecution execution, BigDecimal amount, String currency) {
		try {
			int digits = Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
			long minor = amount.movePointRight(Math.max(digits, 0)).longValueExact();
			if (minor <= 0) {
				throw new ArithmeticException("not positive");
			}
			return minor;
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			throw new IllegalArgumentException("Activity '" + execution.getCurrentActivityId() + "' cannot charge "
					+ amount + " " + currency + ": " + ex.getMessage(), ex);
		}
	}

}
