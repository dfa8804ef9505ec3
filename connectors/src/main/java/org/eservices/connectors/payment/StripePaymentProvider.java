package org.eservices.connectors.payment;

import java.time.Duration;
import java.time.Instant;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import org.eservices.connectors.ProviderException;
import org.eservices.connectors.ProviderUnavailableException;

/**
 * Payments through Stripe Checkout, with the official SDK. Every call that creates
 * something carries an {@code Idempotency-Key}, so a retried job never charges twice.
 */
public class StripePaymentProvider implements PaymentProvider {

	static final String REFERENCE = "reference";

	private final StripeClient stripe;

	public StripePaymentProvider(StripeSettings settings) {
		int timeout = (int) settings.timeout().toMillis();
		this.stripe = StripeClient.builder()
			.setApiKey(settings.apiKey())
			.setApiBase(settings.baseUrl().toString())
			.setConnectTimeout(timeout)
			.setReadTimeout(timeout)
			// the job's retry cycle retries; the SDK's own retries would hide outages
			// from it
			.setMaxNetworkRetries(0)
			.build();
	}

	@Override
	public String name() {
		return "stripe";
	}

	@Override
	public Checkout createCheckout(CheckoutRequest request, String idempotencyKey) {
		SessionCreateParams params = SessionCreateParams.builder()
			.setMode(SessionCreateParams.Mode.PAYMENT)
			.setClientReferenceId(request.reference())
			.putMetadata(REFERENCE, request.reference())
			.setCustomerEmail(request.customerEmail())
			.setSuccessUrl(request.successUrl())
			.setCancelUrl(request.cancelUrl())
			.setExpiresAt(expiresAt(request.payBy()))
			.setPaymentIntentData(
					SessionCreateParams.PaymentIntentData.builder().putMetadata(REFERENCE, request.reference()).build())
			.addLineItem(SessionCreateParams.LineItem.builder()
				.setQuantity(1L)
				.setPriceData(SessionCreateParams.LineItem.PriceData.builder()
					.setCurrency(request.currency())
					.setUnitAmount(request.amountMinor())
					.setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
						.setName(request.description())
						.build())
					.build())
				.build())
			.build();
		try {
			Session session = this.stripe.v1().checkout().sessions().create(params, idempotent(idempotencyKey));
			return new Checkout(session.getId(), session.getUrl());
		}
		catch (StripeException ex) {
			throw failure("create the checkout", ex);
		}
	}

	@Override
	public PaymentStatus status(String providerPaymentId) {
		try {
			Session session = this.stripe.v1().checkout().sessions().retrieve(providerPaymentId);
			if ("paid".equals(session.getPaymentStatus()) || "no_payment_required".equals(session.getPaymentStatus())) {
				return PaymentStatus.PAID;
			}
			return "expired".equals(session.getStatus()) ? PaymentStatus.FAILED : PaymentStatus.PENDING;
		}
		catch (StripeException ex) {
			throw failure("read the checkout", ex);
		}
	}

	@Override
	public String refund(String providerPaymentId, String idempotencyKey) {
		try {
			Session session = this.stripe.v1().checkout().sessions().retrieve(providerPaymentId);
			return this.stripe.v1()
				.refunds()
				.create(RefundCreateParams.builder().setPaymentIntent(session.getPaymentIntent()).build(),
						idempotent(idempotencyKey))
				.getId();
		}
		catch (StripeException ex) {
			throw failure("refund the payment", ex);
		}
	}

	/**
	 * Expires an open checkout session; one already paid stays paid and is reported so,
	 * for a refund. A session completed with an asynchronous method (SEPA, for example)
	 * whose money is still on its way cannot be closed: it stays pending, and its event
	 * or reconciliation settles it later.
	 */
	@Override
	public PaymentStatus close(String providerPaymentId) {
		try {
			Session session = this.stripe.v1().checkout().sessions().retrieve(providerPaymentId);
			if ("open".equals(session.getStatus())) {
				session = this.stripe.v1().checkout().sessions().expire(providerPaymentId);
			}
			if ("paid".equals(session.getPaymentStatus())) {
				return PaymentStatus.PAID;
			}
			return "complete".equals(session.getStatus()) ? PaymentStatus.PENDING : PaymentStatus.FAILED;
		}
		catch (StripeException ex) {
			throw failure("close the checkout", ex);
		}
	}

	/**
	 * Stripe keeps a session open between 30 minutes and 24 hours: at the deadline,
	 * within those bounds. A checkout that expires before the deadline is followed by a
	 * new one.
	 */
	static long expiresAt(Instant payBy) {
		Instant now = Instant.now();
		Instant earliest = now.plus(Duration.ofMinutes(31));
		Instant latest = now.plus(Duration.ofHours(23).plusMinutes(55));
		Instant at = (payBy == null || payBy.isAfter(latest)) ? latest : payBy.isBefore(earliest) ? earliest : payBy;
		return at.getEpochSecond();
	}

	private static RequestOptions idempotent(String key) {
		return RequestOptions.builder().setIdempotencyKey(key).build();
	}

	private static ProviderException failure(String action, StripeException ex) {
		if (ex instanceof ApiConnectionException) {
			return new ProviderUnavailableException("Stripe could not be reached to " + action + ": " + ex.getMessage(),
					ex);
		}
		Integer status = ex.getStatusCode();
		String answer = "(HTTP " + status + ", " + ex.getCode() + ")";
		if (ProviderUnavailableException.isUnavailable(status)) {
			return new ProviderUnavailableException(
					"Stripe unavailable " + answer + " to " + action + ": " + ex.getMessage(), ex);
		}
		return new ProviderException("Stripe refused " + answer + " to " + action + ": " + ex.getMessage(), ex);
	}

}
