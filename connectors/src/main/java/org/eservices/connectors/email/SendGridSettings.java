package org.eservices.connectors.email;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiKey from {@code SENDGRID_API_KEY}; when empty, emails go to the sandbox
 * outbox
 * @param from sender address, verified in SendGrid
 * @param baseUrl SendGrid's API (a stub in tests)
 * @param timeout connect and read timeout, well below the job lock time
 * @param webhookPublicKey from {@code SENDGRID_WEBHOOK_PUBLIC_KEY}: verifies the signed
 * Event Webhook; without it, delivery events are refused
 */
@ConfigurationProperties("eservices.connectors.sendgrid")
public record SendGridSettings(String apiKey, @DefaultValue("no-reply@eservices.example") String from,
		@DefaultValue("https://api.sendgrid.com") URI baseUrl, @DefaultValue("10s") Duration timeout,
		String webhookPublicKey) {

	public boolean configured() {
		return this.apiKey != null && !this.apiKey.isBlank();
	}

}
