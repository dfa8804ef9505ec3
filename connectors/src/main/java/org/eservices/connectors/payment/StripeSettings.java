package org.eservices.connectors.payment;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiKey from {@code STRIPE_API_KEY}; when empty, payments go through the sandbox
 * checkout
 * @param webhookSecret from {@code STRIPE_WEBHOOK_SECRET}, to verify
 * {@code Stripe-Signature}
 * @param baseUrl Stripe's API (a stub in tests)
 * @param timeout connect and read timeout, well below the job lock time
 */
@ConfigurationProperties("eservices.connectors.stripe")
public record StripeSettings(String apiKey, String webhookSecret, @DefaultValue("https://api.stripe.com") URI baseUrl,
		@DefaultValue("10s") Duration timeout) {

	public boolean configured() {
		return this.apiKey != null && !this.apiKey.isBlank();
	}

}
