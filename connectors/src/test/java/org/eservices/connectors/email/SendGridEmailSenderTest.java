package org.eservices.connectors.email;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.OutgoingMessage;
import org.eservices.connectors.ProviderException;
import org.eservices.connectors.ProviderUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SendGrid SDK against a stub of SendGrid's v3 Mail Send API.
 */
class SendGridEmailSenderTest {

	@RegisterExtension
	static WireMockExtension sendGrid = WireMockExtension.newInstance()
		.options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
		.build();

	static final OutgoingMessage MESSAGE = new OutgoingMessage(Channel.EMAIL, "anna@example.org",
			"Application BL-2026-000042 received", "Dear Anna,\nwe received your application.", "pi-1",
			"BL-2026-000042");

	@Test
	void sendsThePlainTextEmailWithTheApiKey() {
		sendGrid.stubFor(post("/v3/mail/send")
			.willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-message-1")));

		String id = sender(Duration.ofSeconds(5)).send(MESSAGE);

		assertThat(id).isEqualTo("sg-message-1");
		sendGrid.verify(postRequestedFor(urlEqualTo("/v3/mail/send"))
			.withHeader("Authorization", equalTo("Bearer SG.test-key"))
			.withRequestBody(equalToJson("""
					{ "from": { "email": "licensing@city.example" },
					  "subject": "Application BL-2026-000042 received",
					  "personalizations": [ { "to": [ { "email": "anna@example.org" } ] } ],
					  "content": [ { "type": "text/plain", "value": "Dear Anna,\\nwe received your application." } ] }
					""", true, true)));
	}

	@Test
	void providerErrorIsAProviderException() {
		sendGrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(500).withBody("{\"errors\":[]}")));

		assertThatThrownBy(() -> sender(Duration.ofSeconds(5)).send(MESSAGE))
			.isInstanceOf(ProviderUnavailableException.class)
			.hasMessageContaining("SendGrid unavailable (HTTP 500)");
	}

	@Test
	void refusedEmailIsNoOutage() {
		sendGrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(400).withBody("{\"errors\":[]}")));

		assertThatThrownBy(() -> sender(Duration.ofSeconds(5)).send(MESSAGE)).isInstanceOf(ProviderException.class)
			.isNotInstanceOf(ProviderUnavailableException.class)
			.hasMessageContaining("SendGrid refused the email (HTTP 400)");
	}

	@Test
	void slowProviderTimesOut() {
		sendGrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withFixedDelay(3_000)));

		assertThatThrownBy(() -> sender(Duration.ofMillis(300)).send(MESSAGE))
			.isInstanceOf(ProviderUnavailableException.class)
			.hasMessageContaining("could not be reached");
	}

	private static SendGridEmailSender sender(Duration timeout) {
		return new SendGridEmailSender(new SendGridSettings("SG.test-key", "licensing@city.example",
				URI.create(sendGrid.baseUrl()), timeout, null));
	}

}
