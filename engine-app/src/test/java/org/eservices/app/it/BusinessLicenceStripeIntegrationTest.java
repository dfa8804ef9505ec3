package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business licence with the real provider adapters: Stripe Checkout, SendGrid and
 * Twilio (stubbed at their HTTP APIs), a correctly signed Stripe event, and a rejection
 * that refunds the fee at Stripe.
 */
class BusinessLicenceStripeIntegrationTest extends ProviderStubIntegrationTest {

	static final String SESSION = "cs_bl_journey";

	@Test
	void paidThroughStripeThenRejectedAndRefunded() throws Exception {
		PROVIDERS.stubFor(post("/v1/checkout/sessions").willReturn(json("""
				{ "id": "%s", "object": "checkout.session", "status": "open", "payment_status": "unpaid",
				  "url": "https://checkout.stripe.com/c/pay/%s" }""".formatted(SESSION, SESSION))));
		PROVIDERS.stubFor(get("/v1/checkout/sessions/" + SESSION).willReturn(json("""
				{ "id": "%s", "object": "checkout.session", "status": "complete", "payment_status": "paid",
				  "payment_intent": "pi_bl_journey" }""".formatted(SESSION))));
		PROVIDERS.stubFor(post("/v1/refunds").willReturn(
				json("""
						{ "id": "re_bl_journey", "object": "refund", "status": "succeeded", "payment_intent": "pi_bl_journey" }""")));
		PROVIDERS.stubFor(post(ProviderFaultsIntegrationTest.MAIL_SEND)
			.willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-bl")));
		PROVIDERS.stubFor(post(ProviderFaultsIntegrationTest.MESSAGES)
			.willReturn(json("{\"sid\": \"SMbl\", \"status\": \"queued\"}").withStatus(201)));

		String reference = submitBusinessLicence(TestUsers.ANNA, "Stripe Street Food");
		String instance = processInstanceOf(reference);

		PROVIDERS.verify(1,
				postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
					.withHeader("Idempotency-Key", equalTo(instance + ":TakeFee:1"))
					.withFormParam("client_reference_id", equalTo(reference))
					.withFormParam("line_items[0][price_data][currency]", equalTo("eur"))
					.withFormParam("line_items[0][price_data][unit_amount]", equalTo("15000")));
		PROVIDERS.verify(1,
				postRequestedFor(urlEqualTo(ProviderFaultsIntegrationTest.MAIL_SEND))
					.withRequestBody(containing("https://checkout.stripe.com/c/pay/" + SESSION))
					.withRequestBody(containing("anna@example.org")));
		PROVIDERS.verify(1, postRequestedFor(urlEqualTo(ProviderFaultsIntegrationTest.MESSAGES))
			.withRequestBody(containing("%2B4930664040900")));
		JsonNode unpaid = this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
		assertThat(unpaid.at("/payment/checkoutUrl").asText())
			.isEqualTo("https://checkout.stripe.com/c/pay/" + SESSION);

		String event = """
				{"id": "evt_bl_journey", "object": "event", "type": "checkout.session.completed",
				 "data": {"object": {"id": "%s", "object": "checkout.session", "payment_status": "paid",
				 "client_reference_id": "%s"}}}""".formatted(SESSION, reference);
		assertThat(deliverStripeEvent(event).get("outcome").asText()).isEqualTo("paid, process continued");
		runDueJobs(instance);
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody().get("status").asText())
			.isEqualTo("under-review");

		String review = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		this.api.post(TestUsers.CLARA, "/api/tasks/" + review + "/complete",
				"{\"decision\": \"reject\", \"rejectionReason\": \"No premises licence.\"}");
		runDueJobs(instance);

		PROVIDERS.verify(1,
				postRequestedFor(urlEqualTo("/v1/refunds"))
					.withHeader("Idempotency-Key", equalTo(instance + ":RefundFee:1"))
					.withFormParam("payment_intent", equalTo("pi_bl_journey")));
		PROVIDERS.verify(1, postRequestedFor(urlEqualTo(ProviderFaultsIntegrationTest.MAIL_SEND))
			.withRequestBody(containing("Reason: No premises licence.")));
		JsonNode rejected = this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
		assertThat(rejected.get("status").asText()).isEqualTo("rejected");
		assertThat(rejected.at("/payment/status").asText()).isEqualTo("REFUNDED");
		assertThat(rejected.get("closed").asBoolean()).isTrue();
	}

	@Test
	void aSepaPaymentThatSucceedsAfterTheDeadlineIsRefundedAndThePayerTold() throws Exception {
		String session = "cs_bl_sepa";
		PROVIDERS.stubFor(post("/v1/checkout/sessions").willReturn(json("""
				{ "id": "%s", "object": "checkout.session", "status": "open", "payment_status": "unpaid",
				  "url": "https://checkout.stripe.com/c/pay/%s" }""".formatted(session, session))));
		// the citizen chose a bank debit: the session is complete, the money not there
		// yet
		PROVIDERS.stubFor(get("/v1/checkout/sessions/" + session).willReturn(json("""
				{ "id": "%s", "object": "checkout.session", "status": "complete", "payment_status": "unpaid",
				  "payment_intent": "pi_bl_sepa" }""".formatted(session))));
		PROVIDERS.stubFor(post("/v1/refunds").willReturn(json("""
				{ "id": "re_bl_sepa", "object": "refund", "status": "pending", "payment_intent": "pi_bl_sepa" }""")));
		PROVIDERS.stubFor(post(ProviderFaultsIntegrationTest.MAIL_SEND)
			.willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-sepa")));
		PROVIDERS.stubFor(post(ProviderFaultsIntegrationTest.MESSAGES)
			.willReturn(json("{\"sid\": \"SMsepa\", \"status\": \"queued\"}").withStatus(201)));
		String reference = submitBusinessLicence(TestUsers.ANNA, "Direct Debit Deli");
		String instance = processInstanceOf(reference);

		this.managementService.executeJob(
				this.managementService.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
		runDueJobs(instance);

		JsonNode cancelled = this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
		assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
		assertThat(cancelled.at("/payment/status").asText()).isEqualTo("PROCESSING");
		assertThat(cancelled.at("/payment/checkoutUrl").isMissingNode()).as("nothing left to pay").isTrue();
		PROVIDERS.verify(1, postRequestedFor(urlEqualTo(ProviderFaultsIntegrationTest.MAIL_SEND))
			.withRequestBody(containing("still being processed by your bank")));
		PROVIDERS.verify(0, postRequestedFor(urlEqualTo("/v1/refunds")));

		String succeeded = """
				{"id": "evt_bl_sepa", "object": "event", "type": "checkout.session.async_payment_succeeded",
				 "data": {"object": {"id": "%s", "object": "checkout.session", "payment_status": "paid",
				 "client_reference_id": "%s"}}}""".formatted(session, reference);
		assertThat(deliverStripeEvent(succeeded).get("outcome").asText())
			.isEqualTo("paid, no request waits for it: refund started");
		String refund = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("late-payment-refund")
			.processInstanceBusinessKey(reference)
			.singleResult()
			.getId();
		runDueJobs(refund);
		assertThat(deliverStripeEvent(succeeded).get("outcome").asText()).as("replayed").isEqualTo("duplicate");

		PROVIDERS.verify(1,
				postRequestedFor(urlEqualTo("/v1/refunds"))
					.withHeader("Idempotency-Key", equalTo(refund + ":RefundLatePayment:1"))
					.withFormParam("payment_intent", equalTo("pi_bl_sepa")));
		PROVIDERS.verify(1,
				postRequestedFor(urlEqualTo(ProviderFaultsIntegrationTest.MAIL_SEND))
					.withRequestBody(containing("anna@example.org"))
					.withRequestBody(containing("Your payment for " + reference + " is refunded"))
					.withRequestBody(containing("150.00")));
		JsonNode refunded = this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
		assertThat(refunded.at("/payment/status").asText()).isEqualTo("REFUNDED");
		assertThat(refunded.get("status").asText()).as("still cancelled, closed once").isEqualTo("cancelled");
		assertThat(this.jdbc.queryForObject("select status from payment where provider_payment_id = ?", String.class,
				session))
			.isEqualTo("REFUNDED");
	}

}
