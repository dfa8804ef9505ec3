package org.eservices.connectors.payment;

import org.camunda.bpm.engine.ProcessEngineException;

import org.springframework.stereotype.Component;

/**
 * A Stripe event taken in up to {@value #ATTEMPTS} times, each in a transaction of its
 * own ({@link StripeEvents#receive}). The engine refuses one that raced another change of
 * the payment's case (a job of its own, a clerk's decision: an optimistic lock, an
 * execution gone under it), and all of it rolls back: inbox entry, ledger, message; the
 * next attempt starts afresh. Past the attempts the failure comes through, and Stripe (or
 * the citizen on the sandbox checkout) sends it again.
 */
@Component
class StripeEventAttempts {

	static final int ATTEMPTS = 3;

	private final StripeEvents events;

	StripeEventAttempts(StripeEvents events) {
		this.events = events;
	}

	String receive(String payload, String signatureHeader) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.events.receive(payload, signatureHeader);
			}
			catch (ProcessEngineException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
