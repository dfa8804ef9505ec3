package org.eservices.connectors.payment;

import java.security.Principal;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stripe.net.Webhook;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.eservices.connectors.ConnectorInputs;
import org.eservices.contract.ProcessVariables;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The sandbox's stand-in for Stripe's hosted checkout: the payer sees the fee and pays or
 * cancels (no money moves). Paying produces a Stripe-shaped, signed event that goes
 * through the very path real Stripe events take, so the process cannot tell the
 * difference.
 */
@RestController
class SandboxCheckoutController {

	private final PaymentRepository ledger;

	private final RuntimeService runtimeService;

	private final StripeEventAttempts events;

	private final WebhookSecret secret;

	private final ObjectMapper mapper;

	SandboxCheckoutController(PaymentRepository ledger, RuntimeService runtimeService, StripeEventAttempts events,
			WebhookSecret secret, ObjectMapper mapper) {
		this.ledger = ledger;
		this.runtimeService = runtimeService;
		this.events = events;
		this.secret = secret;
		this.mapper = mapper;
	}

	@GetMapping(path = SandboxPaymentProvider.CHECKOUT_PATH + "{id}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@PathVariable String id, Principal payer, HttpServletRequest request) {
		Payment payment = payable(id, payer);
		if (payment == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(html("Not found", "<p>No such checkout.</p>"));
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String hidden = (csrf != null) ? "<input type=\"hidden\" name=\"" + csrf.getParameterName() + "\" value=\""
				+ HtmlUtils.htmlEscape(csrf.getToken()) + "\">" : "";
		String amount = payment.getDisplayAmount();
		String body = (payment.getStatus() != PaymentStatus.PENDING)
				? "<p>This checkout is " + payment.getStatus().name().toLowerCase(Locale.ROOT) + ".</p>" : """
						<p>%s</p>
						<p class="amount">%s</p>
						<form method="post" action="%s/pay">%s<button type="submit">Pay %s</button></form>
						<form method="post" action="%s/cancel">%s<button type="submit">Cancel</button></form>
						""".formatted(HtmlUtils.htmlEscape(payment.getBusinessKey()), amount, id, hidden, amount, id,
						hidden);
		return ResponseEntity.ok(html("Sandbox checkout", body));
	}

	@PostMapping(SandboxPaymentProvider.CHECKOUT_PATH + "{id}/pay")
	ResponseEntity<String> pay(@PathVariable String id, Principal payer) {
		return complete(id, payer, "checkout.session.completed", "paid", "Payment received");
	}

	@PostMapping(SandboxPaymentProvider.CHECKOUT_PATH + "{id}/cancel")
	ResponseEntity<String> cancel(@PathVariable String id, Principal payer) {
		return complete(id, payer, "checkout.session.expired", "unpaid", "Payment cancelled");
	}

	private ResponseEntity<String> complete(String id, Principal payer, String type, String paymentStatus,
			String title) {
		Payment payment = payable(id, payer);
		PaymentStatus outcome = "paid".equals(paymentStatus) ? PaymentStatus.PAID : PaymentStatus.FAILED;
		if (payment != null && payment.getStatus() == outcome) {
			// pressed again after the first press's answer was lost (a node gone, a
			// dropped connection): it went through, once
			return done(payment, title);
		}
		if (payment == null || payment.getStatus() != PaymentStatus.PENDING) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(html("Not found", "<p>No open checkout.</p>"));
		}
		ObjectNode event = this.mapper.createObjectNode()
			.put("id", "evt_sandbox_" + UUID.randomUUID())
			.put("object", "event")
			.put("type", type);
		event.putObject("data")
			.putObject("object")
			.put("id", id)
			.put("object", "checkout.session")
			.put("client_reference_id", payment.getBusinessKey())
			.put("payment_status", paymentStatus);
		String payload = event.toString();
		try {
			this.events.receive(payload, Webhook.Signature.generateSignatureHeader(payload, this.secret.value()));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		return done(payment, title);
	}

	/** Back to the portal, as Stripe's hosted checkout returns to its success address. */
	private static ResponseEntity<String> done(Payment payment, String title) {
		String reference = HtmlUtils.htmlEscape(payment.getBusinessKey());
		return ResponseEntity.ok(html(title, "<p>" + title + " for " + reference + ".</p><p><a href=\"/requests/"
				+ reference + "\">Back to your request</a></p>"));
	}

	/**
	 * Paid at the moment a step of the request's process runs (its e-mail being sent): as
	 * Stripe would deliver the payment again, the citizen is asked to press again in a
	 * moment; nothing was taken.
	 */
	@ExceptionHandler
	ResponseEntity<String> notAwaitedYet(LatePayments.NotAwaitedYetException ex) {
		return tryAgain();
	}

	/**
	 * Paid while other changes of the request's process kept committing first (a job of
	 * its own, a clerk's decision), attempt after attempt: everything of the payment is
	 * rolled back, and the citizen presses again, as for a step that runs.
	 */
	@ExceptionHandler
	ResponseEntity<String> changedMeanwhile(ProcessEngineException ex) {
		return tryAgain();
	}

	private static ResponseEntity<String> tryAgain() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "2")
			.contentType(MediaType.TEXT_HTML)
			.body(html("Not yet",
					"<p>The checkout is still opening. Nothing was paid: try again in a few seconds.</p>"));
	}

	/** The sandbox payment, if the signed-in user is the citizen it belongs to. */
	private Payment payable(String id, Principal payer) {
		Payment payment = this.ledger.findByProviderPaymentId(id)
			.filter((found) -> SandboxPaymentProvider.NAME.equals(found.getProvider()))
			.orElse(null);
		if (payment == null || payer == null) {
			return null;
		}
		VariableInstance citizen = this.runtimeService.createVariableInstanceQuery()
			.processInstanceIdIn(payment.getProcessInstanceId())
			.variableName(ProcessVariables.CITIZEN_ID)
			.singleResult();
		return (citizen != null && Objects.equals(citizen.getValue(), payer.getName())) ? payment : null;
	}

	private static String html(String title, String body) {
		return """
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title></head>
				<body><main><h1>%s</h1><p><strong>Sandbox:</strong> no money moves.</p>%s</main></body></html>
				"""
			.formatted(title, title, body);
	}

}
