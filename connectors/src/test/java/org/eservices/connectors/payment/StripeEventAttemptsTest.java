package org.eservices.connectors.payment;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A Stripe event racing another change of its case is taken in by a later attempt; one
 * that keeps racing comes back for Stripe to send again.
 */
class StripeEventAttemptsTest {

	private final StripeEvents events = mock(StripeEvents.class);

	private final StripeEventAttempts attempts = new StripeEventAttempts(this.events);

	@Test
	void anEventThatRacedItsCaseIsTakenInByTheNextAttempt() {
		when(this.events.receive("event", "signature")).thenThrow(new OptimisticLockingException("changed"))
			.thenThrow(new ProcessEngineException("ENGINE-03077 Cannot resolve parent"))
			.thenReturn("paid, process continued");

		assertThat(this.attempts.receive("event", "signature")).isEqualTo("paid, process continued");
		verify(this.events, times(3)).receive("event", "signature");
	}

	@Test
	void anEventThatKeepsRacingIsLeftForStripeToSendAgain() {
		when(this.events.receive("event", "signature")).thenThrow(new OptimisticLockingException("changed"));

		assertThatThrownBy(() -> this.attempts.receive("event", "signature"))
			.isInstanceOf(OptimisticLockingException.class);
		verify(this.events, times(StripeEventAttempts.ATTEMPTS)).receive("event", "signature");
	}

	@Test
	void anInvalidEventIsNotTriedAgain() {
		when(this.events.receive("event", "forged")).thenThrow(new StripeEvents.InvalidEventException("signature"));

		assertThatThrownBy(() -> this.attempts.receive("event", "forged"))
			.isInstanceOf(StripeEvents.InvalidEventException.class);
		verify(this.events, times(1)).receive("event", "forged");
	}

}
