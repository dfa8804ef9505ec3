package org.eservices.app.it;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SendGrid's signed Event Webhook and Twilio's signed status callback update the
 * notification log; unsigned or badly signed reports are refused, late ones change
 * nothing.
 */
class DeliveryReportsIntegrationTest extends ProviderStubIntegrationTest {

	/** The public URL Twilio is told to call back, which its signature covers. */
	static final String TWILIO_CALLBACK = "http://localhost:8080/api/webhooks/twilio";

	@BeforeEach
	void sendOneEmailAndOneSms() {
		PROVIDERS.stubFor(
				post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sgdel1")));
		PROVIDERS.stubFor(post("/2010-04-01/Accounts/ACtest/Messages.json").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SMdel1\", \"status\": \"queued\"}")));
		NotifyTestProcess.deploy(this.repositoryService);
		if (this.jdbc.queryForObject("select count(*) from notification where provider_message_id = 'sgdel1'",
				Long.class) == 0) {
			String instance = NotifyTestProcess.start(this.runtimeService, "DR-2026-000001");
			runJob(instance);
			runJob(instance);
		}
	}

	@Test
	void sendGridEventsUpdateTheEmailsDeliveryStatus() throws Exception {
		String events = """
				[{"email": "anna@example.org", "event": "processed", "sg_message_id": "sgdel1.filter0001.1.0", "timestamp": 1700000000},
				 {"email": "anna@example.org", "event": "delivered", "sg_message_id": "sgdel1.filter0001.1.0", "timestamp": 1700000005}]""";
		ResponseEntity<JsonNode> response = sendGrid(events, signSendGrid(events, "1700000010"), "1700000010");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(deliveryStatus("sgdel1")).isEqualTo("delivered");

		String late = """
				[{"email": "anna@example.org", "event": "deferred", "sg_message_id": "sgdel1.filter0001.1.0", "timestamp": 1700000001}]""";
		assertThat(sendGrid(late, signSendGrid(late, "1700000011"), "1700000011").getBody().get("updated").asInt())
			.isZero();
		assertThat(deliveryStatus("sgdel1")).isEqualTo("delivered");

		String forged = events.replace("delivered", "bounce");
		assertThat(sendGrid(forged, signSendGrid(events, "1700000010"), "1700000010").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(sendGrid(events, null, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(deliveryStatus("sgdel1")).isEqualTo("delivered");
	}

	@Test
	void twilioStatusCallbacksUpdateTheSmsDeliveryStatus() throws Exception {
		String delivered = "MessageSid=SMdel1&MessageStatus=delivered&AccountSid=ACtest";
		assertThat(
				twilio(delivered, signTwilio("AccountSidACtestMessageSidSMdel1MessageStatusdelivered")).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(deliveryStatus("SMdel1")).isEqualTo("delivered");

		String late = "MessageSid=SMdel1&MessageStatus=sent&AccountSid=ACtest";
		twilio(late, signTwilio("AccountSidACtestMessageSidSMdel1MessageStatussent"));
		assertThat(deliveryStatus("SMdel1")).isEqualTo("delivered");

		String forged = "MessageSid=SMdel1&MessageStatus=failed&AccountSid=ACtest";
		assertThat(twilio(forged, signTwilio("AccountSidACtestMessageSidSMdel1MessageStatusdelivered")).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(twilio(forged, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(deliveryStatus("SMdel1")).isEqualTo("delivered");
	}

	private String deliveryStatus(String providerMessageId) {
		return this.jdbc.queryForObject("select delivery_status from notification where provider_message_id = ?",
				String.class, providerMessageId);
	}

	private ResponseEntity<JsonNode> sendGrid(String payload, String signature, String timestamp) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (signature != null) {
			headers.set("X-Twilio-Email-Event-Webhook-Signature", signature);
			headers.set("X-Twilio-Email-Event-Webhook-Timestamp", timestamp);
		}
		return this.rest.postForEntity("/api/webhooks/sendgrid", new HttpEntity<>(payload, headers), JsonNode.class);
	}

	private ResponseEntity<JsonNode> twilio(String form, String signature) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		if (signature != null) {
			headers.set("X-Twilio-Signature", signature);
		}
		return this.rest.postForEntity("/api/webhooks/twilio", new HttpEntity<>(form, headers), JsonNode.class);
	}

	/**
	 * SendGrid signs timestamp + payload with ECDSA (SHA-256), Base64 of the DER
	 * signature.
	 */
	private static String signSendGrid(String payload, String timestamp) throws Exception {
		Signature ecdsa = Signature.getInstance("SHA256withECDSA");
		ecdsa.initSign(SENDGRID_SIGNING_KEY.getPrivate());
		ecdsa.update((timestamp + payload).getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(ecdsa.sign());
	}

	/**
	 * Twilio signs the callback URL followed by the sorted parameters, HMAC-SHA1 with the
	 * auth token.
	 */
	private static String signTwilio(String sortedParams) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec("token".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		return Base64.getEncoder()
			.encodeToString(mac.doFinal((TWILIO_CALLBACK + sortedParams).getBytes(StandardCharsets.UTF_8)));
	}

}
