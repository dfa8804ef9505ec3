package org.eservices.connectors.payment;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.eservices.connectors.ProviderException;
import org.eservices.connectors.ProviderUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Stripe SDK against a stub of Stripe's API.
 */
class StripePaymentProviderTest {

	@RegisterExtension
	static WireMockExtension stripe = WireMockExtension.newInstance()
		.options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
		.build();

	static final CheckoutRequest FEE = new CheckoutRequest(12_000, "eur", "Business licence fee BL-2026-000042",
			"BL-2026-000042", "anna@example.org", "http://localhost:8080/paid", "http://localhost:8080/cancelled",
			Instant.now().plus(Duration.ofHours(2)));

	@Test
	void createsACheckoutSessionWithTheAmountAndAnIdempotencyKey() {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(json("""
				{ "id": "cs_test_1", "object": "checkout.session", "status": "open", "payment_status": "unpaid",
				  "url": "https://checkout.stripe.com/c/pay/cs_test_1" }""")));

		Checkout checkout = provider().createCheckout(FEE, "pi-1:TakePayment:1");

		assertThat(checkout).isEqualTo(new Checkout("cs_test_1", "https://checkout.stripe.com/c/pay/cs_test_1"));
		stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
			.withHeader("Authorization", equalTo("Bearer sk_test_123"))
			.withHeader("Idempotency-Key", equalTo("pi-1:TakePayment:1"))
			.withFormParam("mode", equalTo("payment"))
			.withFormParam("client_reference_id", equalTo("BL-2026-000042"))
			.withFormParam("line_items[0][price_data][currency]", equalTo("eur"))
			.withFormParam("line_items[0][price_data][unit_amount]", equalTo("12000"))
			.withFormParam("line_items[0][quantity]", equalTo("1"))
			.withFormParam("metadata[reference]", equalTo("BL-2026-000042"))
			.withFormParam("expires_at", equalTo(Long.toString(FEE.payBy().getEpochSecond()))));
	}

	@Test
	void aCheckoutExpiresAtTheDeadlineWithinStripesBounds() {
		Instant now = Instant.now();
		assertThat(StripePaymentProvider.expiresAt(now.plus(Duration.ofDays(7)))).as("at most 24 hours")
			.isBetween(now.plus(Duration.ofHours(23)).getEpochSecond(),
					now.plus(Duration.ofHours(24)).getEpochSecond());
		assertThat(StripePaymentProvider.expiresAt(now.plus(Duration.ofMinutes(5)))).as("at least 30 minutes")
			.isGreaterThan(now.plus(Duration.ofMinutes(30)).getEpochSecond());
	}

	@Test
	void closingExpiresAnOpenCheckout() {
		stripe.stubFor(get("/v1/checkout/sessions/cs_open").willReturn(json("""
				{ "id": "cs_open", "object": "checkout.session", "status": "open", "payment_status": "unpaid" }""")));
		stripe.stubFor(post("/v1/checkout/sessions/cs_open/expire").willReturn(
				json("""
						{ "id": "cs_open", "object": "checkout.session", "status": "expired", "payment_status": "unpaid" }""")));

		assertThat(provider().close("cs_open")).isEqualTo(PaymentStatus.FAILED);
		stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions/cs_open/expire")));
	}

	@Test
	void closingACheckoutPaidMeanwhileReportsItPaid() {
		stripe.stubFor(get("/v1/checkout/sessions/cs_paid").willReturn(json("""
				{ "id": "cs_paid", "object": "checkout.session", "status": "complete", "payment_status": "paid" }""")));

		assertThat(provider().close("cs_paid")).isEqualTo(PaymentStatus.PAID);
		stripe.verify(0, postRequestedFor(urlEqualTo("/v1/checkout/sessions/cs_paid/expire")));
	}

	@Test
	void readsWhetherACheckoutWasPaid() {
		stripe.stubFor(get("/v1/checkout/sessions/cs_paid").willReturn(json("""
				{ "id": "cs_paid", "object": "checkout.session", "status": "complete", "payment_status": "paid" }""")));
		stripe.stubFor(get("/v1/checkout/sessions/cs_open").willReturn(json("""
				{ "id": "cs_open", "object": "checkout.session", "status": "open", "payment_status": "unpaid" }""")));
		stripe.stubFor(get("/v1/checkout/sessions/cs_expired").willReturn(
				json("""
						{ "id": "cs_expired", "object": "checkout.session", "status": "expired", "payment_status": "unpaid" }""")));

		assertThat(provider().status("cs_paid")).isEqualTo(PaymentStatus.PAID);
		assertThat(provider().status("cs_open")).isEqualTo(PaymentStatus.PENDING);
		assertThat(provider().status("cs_expired")).isEqualTo(PaymentStatus.FAILED);
	}

	@Test
	void refundsThePaymentIntentOfTheCheckout() {
		stripe.stubFor(get("/v1/checkout/sessions/cs_paid").willReturn(json("""
				{ "id": "cs_paid", "object": "checkout.session", "status": "complete", "payment_status": "paid",
				  "payment_intent": "pi_123" }""")));
		stripe.stubFor(post("/v1/refunds").willReturn(json("""
				{ "id": "re_1", "object": "refund", "status": "succeeded", "payment_intent": "pi_123" }""")));

		assertThat(provider().refund("cs_paid", "pi-1:RefundFee:1")).isEqualTo("re_1");
		stripe.verify(
				postRequestedFor(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo("pi-1:RefundFee:1"))
					.withFormParam("payment_intent", equalTo("pi_123")));
	}

	@Test
	void stripeFailingIsAnOutageWorthTryingAgainLater() {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"type\": \"api_error\", \"message\": \"Something went wrong\"}}")));

		assertThatThrownBy(() -> provider().createCheckout(FEE, "k")).isInstanceOf(ProviderUnavailableException.class)
			.hasMessageContaining("Stripe unavailable (HTTP 500");
	}

	@Test
	void stripeRefusingTheCallIsNoOutage() {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"type\": \"invalid_request_error\", \"message\": \"Invalid currency\"}}")));

		assertThatThrownBy(() -> provider().createCheckout(FEE, "k")).isInstanceOf(ProviderException.class)
			.isNotInstanceOf(ProviderUnavailableException.class)
			.hasMessageContaining("Stripe refused (HTTP 400");
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static StripePaymentProvider provider() {
		return new StripePaymentProvider(
				new StripeSettings("sk_test_123", "whsec_test", URI.create(stripe.baseUrl()), Duration.ofSeconds(5)));
	}

}
