package org.eservices.connectors.payment;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.eservices.connectors.payment.StripeEvents.InvalidEventException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook. Authenticated by the event signature only; a wrong or missing one is
 * a 400 and changes nothing. Replays answer 200 and change nothing either.
 */
@RestController
class StripeWebhookController {

	private final StripeEventAttempts events;

	StripeWebhookController(StripeEventAttempts events) {
		this.events = events;
	}

	@PostMapping(path = "/api/webhooks/stripe", consumes = "application/json")
	Map<String, String> receive(@RequestBody String payload,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		return Map.of("outcome", this.events.receive(payload, signature));
	}

	/** Stripe delivers an event again, with backoff, until it is answered with 2xx. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> notAwaitedYet(LatePayments.NotAwaitedYetException ex) {
		return sendAgainLater("Not ready for this event yet", ex.getMessage(), 60);
	}

	/** Still racing after its attempts: Stripe delivers it again. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> changedMeanwhile(ProcessEngineException ex) {
		return sendAgainLater("Try this event again",
				"The payment's request changed at the same moment; nothing was recorded.", 5);
	}

	private static ResponseEntity<ProblemDetail> sendAgainLater(String title, String detail, int afterSeconds) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setTitle(title);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(afterSeconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidEventException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid webhook event");
		return problem;
	}

}
