package org.eservices.connectors.sms;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.OutgoingMessage;
import org.eservices.connectors.ProviderException;
import org.eservices.connectors.ProviderUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Twilio SDK against a stub of Twilio's Messages API.
 */
class TwilioSmsSenderTest {

	static final String MESSAGES = "/2010-04-01/Accounts/AC0123456789/Messages.json";

	@RegisterExtension
	static WireMockExtension twilio = WireMockExtension.newInstance()
		.options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
		.build();

	static final OutgoingMessage MESSAGE = new OutgoingMessage(Channel.SMS, "+4930664040900", null,
			"BL-2026-000042: your licence is approved.", "pi-1", "BL-2026-000042");

	@Test
	void sendsTheSmsWithTheAccountCredentials() {
		twilio.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM0001\", \"status\": \"queued\"}")));

		String sid = sender().send(MESSAGE);

		assertThat(sid).isEqualTo("SM0001");
		String basic = Base64.getEncoder().encodeToString("AC0123456789:token".getBytes(StandardCharsets.UTF_8));
		twilio.verify(postRequestedFor(urlEqualTo(MESSAGES)).withHeader("Authorization", equalTo("Basic " + basic))
			.withFormParam("To", equalTo("+4930664040900"))
			.withFormParam("From", equalTo("+15005550006"))
			.withFormParam("Body", equalTo("BL-2026-000042: your licence is approved."))
			.withFormParam("StatusCallback", equalTo("https://portal.example/api/webhooks/twilio")));
	}

	@Test
	void refusedSmsIsAProviderExceptionWithTwiliosCode() {
		twilio.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"{\"code\": 21211, \"message\": \"The 'To' number is not a valid phone number.\", \"status\": 400}")));

		assertThatThrownBy(() -> sender().send(MESSAGE)).isInstanceOf(ProviderException.class)
			.isNotInstanceOf(ProviderUnavailableException.class)
			.hasMessageContaining("21211");
	}

	@Test
	void twilioFailingIsAnOutageWorthTryingAgainLater() {
		twilio.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 503}")));

		assertThatThrownBy(() -> sender().send(MESSAGE)).isInstanceOf(ProviderUnavailableException.class)
			.hasMessageContaining("Twilio unavailable (HTTP 503");
	}

	private static TwilioSmsSender sender() {
		return new TwilioSmsSender(
				new TwilioSettings("AC0123456789", "token", "+15005550006", URI.create(twilio.baseUrl()),
						Duration.ofSeconds(5), URI.create("https://portal.example/api/webhooks/twilio")));
	}

}
