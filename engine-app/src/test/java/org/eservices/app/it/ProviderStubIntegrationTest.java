package org.eservices.app.it;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The platform with provider credentials set, its SDKs pointed at WireMock stubs of
 * Stripe, SendGrid and Twilio on 127.0.0.1. Subclasses share one application context.
 */
abstract class ProviderStubIntegrationTest extends PostgresIntegrationTest {

	static final String WEBHOOK_SECRET = "whsec_test";

	static final WireMockServer PROVIDERS = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

	/** Stands in for the key pair SendGrid signs its Event Webhook with. */
	static final KeyPair SENDGRID_SIGNING_KEY;

	static {
		PROVIDERS.start();
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			SENDGRID_SIGNING_KEY = generator.generateKeyPair();
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		// (no "-" in the name: the starter ignores such names)
		// the engine REST API finds its engine by name in Camunda's JVM-wide registry,
		// and
		// the webapps keep JVM-wide state of the context that started them last: both
		// stay the plain PostgreSQL context's
		registry.add("camunda.bpm.process-engine-name", () -> "providerStubs");
		registry.add("camunda.bpm.webapp.enabled", () -> "false");
		registry.add("eservices.connectors.sendgrid.api-key", () -> "SG.test");
		registry.add("eservices.connectors.sendgrid.base-url", PROVIDERS::baseUrl);
		registry.add("eservices.connectors.sendgrid.timeout", () -> "2s");
		registry.add("eservices.connectors.sendgrid.webhook-public-key",
				() -> Base64.getEncoder().encodeToString(SENDGRID_SIGNING_KEY.getPublic().getEncoded()));
		registry.add("eservices.connectors.twilio.account-sid", () -> "ACtest");
		registry.add("eservices.connectors.twilio.auth-token", () -> "token");
		registry.add("eservices.connectors.twilio.base-url", PROVIDERS::baseUrl);
		registry.add("eservices.connectors.twilio.timeout", () -> "2s");
		registry.add("eservices.connectors.stripe.api-key", () -> "sk_test_123");
		registry.add("eservices.connectors.stripe.webhook-secret", () -> WEBHOOK_SECRET);
		registry.add("eservices.connectors.stripe.base-url", PROVIDERS::baseUrl);
		registry.add("eservices.connectors.checkout.reconcile-after", () -> "0s");
	}

	/**
	 * A Stripe event signed with the webhook's secret, as Stripe sends it: the answer.
	 */
	JsonNode deliverStripeEvent(String event) throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set("Stripe-Signature", Webhook.Signature.generateSignatureHeader(event, WEBHOOK_SECRET));
		return this.rest.postForEntity("/api/webhooks/stripe", new HttpEntity<>(event, headers), JsonNode.class)
			.getBody();
	}

	/** A provider's 200 answer with a JSON body. */
	static ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	/**
	 * Each test starts with no stubs and no recorded requests, whatever the test before
	 * left (runs before the subclasses' own set-up).
	 */
	@BeforeEach
	void resetStubs() {
		PROVIDERS.resetAll();
	}

}
