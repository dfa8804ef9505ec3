package org.eservices.connectors.payment;

import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import org.eservices.connectors.webhook.WebhookEvent;
import org.eservices.connectors.webhook.WebhookEventRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stripe events: verified by their signature, kept once in the inbox, then applied to the
 * ledger and the waiting process, all in one transaction. The event is read as plain JSON
 * after verification, so it does not matter which API version the Stripe account sends.
 */
@Service
public class StripeEvents {

	static final String PROVIDER = "stripe";

	static final Map<String, PaymentStatus> SETTLING = Map.of("checkout.session.completed", PaymentStatus.PAID,
			"checkout.session.async_payment_succeeded", PaymentStatus.PAID, "checkout.session.async_payment_failed",
			PaymentStatus.FAILED, "checkout.session.expired", PaymentStatus.FAILED);

	private final WebhookSecret secret;

	private final WebhookEventRepository inbox;

	private final PaymentSettlement settlement;

	private final ObjectMapper mapper;

	private final Clock clock;

	public StripeEvents(WebhookSecret secret, WebhookEventRepository inbox, PaymentSettlement settlement,
			ObjectMapper mapper, Clock clock) {
		this.secret = secret;
		this.inbox = inbox;
		this.settlement = settlement;
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * @return what the event did
	 * @throws InvalidEventException when the signature or the payload is wrong; nothing
	 * is stored
	 */
	@Transactional
	public String receive(String payload, String signatureHeader) {
		JsonNode event = verified(payload, signatureHeader);
		String eventId = event.path("id").asText();
		String type = event.path("type").asText();
		if (eventId.isEmpty() || type.isEmpty()) {
			throw new InvalidEventException("The event has no id or type");
		}
		if (this.inbox.findByProviderAndEventId(PROVIDER, eventId).isPresent()) {
			return "duplicate";
		}
		WebhookEvent received = this.inbox
			.save(new WebhookEvent(PROVIDER, eventId, type, payload, this.clock.instant()));
		JsonNode session = event.path("data").path("object");
		PaymentStatus status = SETTLING.get(type);
		if ("checkout.session.completed".equals(type) && !"paid".equals(session.path("payment_status").asText())) {
			status = null; // an asynchronous payment method: async_payment_succeeded or
							// _failed follows
		}
		String outcome = (status == null) ? "ignored" : this.settlement.settle(session.path("id").asText(), status);
		received.outcome(outcome);
		return outcome;
	}

	private JsonNode verified(String payload, String signatureHeader) {
		if (signatureHeader == null || signatureHeader.isBlank()) {
			throw new InvalidEventException("No Stripe-Signature header");
		}
		try {
			Webhook.Signature.verifyHeader(payload, signatureHeader, this.secret.value(), Webhook.DEFAULT_TOLERANCE);
			return this.mapper.readTree(payload);
		}
		catch (SignatureVerificationException ex) {
			throw new InvalidEventException("The Stripe-Signature does not match: " + ex.getMessage());
		}
		catch (JsonProcessingException ex) {
			throw new InvalidEventException("The event is not JSON");
		}
	}

	public static class InvalidEventException extends RuntimeException {

		InvalidEventException(String message) {
			super(message);
		}

	}

}
