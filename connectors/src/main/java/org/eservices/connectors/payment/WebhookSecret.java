package org.eservices.connectors.payment;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret Stripe signs its events with ({@code STRIPE_WEBHOOK_SECRET}). The sandbox
 * checkout signs its events the same way, with a random secret of this process when none
 * is configured.
 */
public class WebhookSecret {

	private final String value;

	public WebhookSecret(StripeSettings settings) {
		if (settings.webhookSecret() != null && !settings.webhookSecret().isBlank()) {
			this.value = settings.webhookSecret();
		}
		else if (settings.configured()) {
			throw new IllegalStateException(
					"STRIPE_API_KEY is set but STRIPE_WEBHOOK_SECRET is not: payment events could not be verified");
		}
		else {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			this.value = "whsec_sandbox_" + HexFormat.of().formatHex(random);
		}
	}

	String value() {
		return this.value;
	}

}
