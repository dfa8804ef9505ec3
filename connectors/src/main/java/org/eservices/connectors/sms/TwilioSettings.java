package org.eservices.connectors.sms;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param accountSid from {@code TWILIO_ACCOUNT_SID}; with the token empty, SMS go to the
 * sandbox outbox
 * @param authToken from {@code TWILIO_AUTH_TOKEN}
 * @param from sending number or messaging service
 * @param baseUrl Twilio's API (a stub in tests); the SDK has no such setting, so requests
 * are routed there by {@link RoutedTwilioHttpClient}
 * @param timeout connect and read timeout, well below the job lock time
 * @param statusCallbackUrl where Twilio reports delivery, the public URL of
 * {@code /api/webhooks/twilio} (also the URL its signature covers); none, no reports
 */
@ConfigurationProperties("eservices.connectors.twilio")
public record TwilioSettings(String accountSid, String authToken, @DefaultValue("+15005550006") String from,
		@DefaultValue("https://api.twilio.com") URI baseUrl, @DefaultValue("10s") Duration timeout,
		URI statusCallbackUrl) {

	public boolean configured() {
		return this.accountSid != null && !this.accountSid.isBlank() && this.authToken != null
				&& !this.authToken.isBlank();
	}

}
