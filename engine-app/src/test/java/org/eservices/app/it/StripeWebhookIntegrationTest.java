package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.net.Webhook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stripe's signed events settle payments and move the waiting process on; replays, stale
 * events and forgeries change nothing.
 */
class StripeWebhookIntegrationTest extends ProviderStubIntegrationTest {

	static final String WEBHOOK = "/api/webhooks/stripe";

	@Autowired
	TaskService taskService;

	@BeforeEach
	void deploy() {
		PayTestProcess.deploy(this.repositoryService);
	}

	@Test
	void paidEventContinuesTheProcessOnceAndLateEventsChangeNothing() throws Exception {
		String instance = awaitingPayment("cs_webhook_1", "WH-2026-000001");
		String paid = event("evt_1", "checkout.session.completed", "cs_webhook_1", "paid");

		ResponseEntity<JsonNode> first = deliver(paid, sign(paid));
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(first.getBody().get("outcome").asText()).isEqualTo("paid, process continued");
		assertThat(this.taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo(PayTestProcess.PAID);
		assertThat(this.runtimeService.getVariable(instance, "paymentStatus")).isEqualTo("PAID");

		assertThat(deliver(paid, sign(paid)).getBody().get("outcome").asText()).as("replay").isEqualTo("duplicate");
		String expired = event("evt_2", "checkout.session.expired", "cs_webhook_1", "unpaid");
		assertThat(deliver(expired, sign(expired)).getBody().get("outcome").asText()).as("late, out of order")
			.isEqualTo("already paid");

		assertThat(ledgerStatus("cs_webhook_1")).isEqualTo("PAID");
		assertThat(this.jdbc.queryForObject("select count(*) from webhook_event where event_id in ('evt_1', 'evt_2')",
				Long.class))
			.isEqualTo(2);
	}

	@Test
	void failedPaymentTakesTheOtherPath() throws Exception {
		String instance = awaitingPayment("cs_webhook_2", "WH-2026-000002");
		String expired = event("evt_3", "checkout.session.expired", "cs_webhook_2", "unpaid");

		assertThat(deliver(expired, sign(expired)).getBody().get("outcome").asText())
			.isEqualTo("failed, process continued");

		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
		assertThat(ledgerStatus("cs_webhook_2")).isEqualTo("FAILED");
	}

	@Test
	void forgedOrUnsignedEventsAreRefusedAndStoreNothing() throws Exception {
		String instance = awaitingPayment("cs_webhook_3", "WH-2026-000003");
		String paid = event("evt_forged", "checkout.session.completed", "cs_webhook_3", "paid");

		ResponseEntity<JsonNode> forged = deliver(paid,
				Webhook.Signature.generateSignatureHeader(paid, "whsec_someone_else"));
		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(forged.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(deliver(paid, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		String tampered = paid.replace("cs_webhook_3", "cs_webhook_X");
		assertThat(deliver(tampered, sign(paid)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		assertThat(this.jdbc.queryForObject("select count(*) from webhook_event where event_id = 'evt_forged'",
				Long.class))
			.isZero();
		assertThat(ledgerStatus("cs_webhook_3")).isEqualTo("PENDING");
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
	}

	@Test
	void reconciliationSettlesAPaymentWhoseEventNeverCame() {
		String instance = awaitingPayment("cs_lost_event", "WH-2026-000004");
		// a checkout of the sandbox, left from before the platform went live with Stripe
		this.jdbc.update("insert into payment (id, idempotency_key, process_instance_id, business_key, amount_minor,"
				+ " currency, description, provider, provider_payment_id, status, created_at, updated_at)"
				+ " values (nextval('payment_seq'), 'sandbox-era', 'gone', 'WH-2026-000005', 5000, 'eur', 'Fee',"
				+ " 'sandbox', 'sandbox_cs_before_going_live', 'PENDING', now() - interval '1 day', now())");
		PROVIDERS.stubFor(get(urlPathMatching("/v1/checkout/sessions/.*")).atPriority(10).willReturn(json("""
				{ "id": "cs_other", "object": "checkout.session", "status": "open", "payment_status": "unpaid" }""")));
		PROVIDERS.stubFor(get("/v1/checkout/sessions/cs_lost_event").atPriority(1)
			.willReturn(
					json("""
							{ "id": "cs_lost_event", "object": "checkout.session", "status": "complete", "payment_status": "paid" }""")));

		String timer = this.managementService.createJobQuery()
			.processDefinitionKey("payment-reconciliation")
			.timers()
			.singleResult()
			.getId();
		this.managementService.executeJob(timer);

		assertThat(ledgerStatus("cs_lost_event")).isEqualTo("PAID");
		PROVIDERS.verify(0, getRequestedFor(urlPathMatching("/v1/checkout/sessions/sandbox_cs_before_going_live")));
		assertThat(ledgerStatus("sandbox_cs_before_going_live")).isEqualTo("PENDING");
		assertThat(this.managementService.createJobQuery()
			.processDefinitionKey("payment-reconciliation")
			.withException()
			.count()).as("the run did not fail").isZero();
		assertThat(this.taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo(PayTestProcess.PAID);
		assertThat(
				this.managementService.createJobQuery().processDefinitionKey("payment-reconciliation").timers().count())
			.as("next run scheduled")
			.isOne();
	}

	private String awaitingPayment(String sessionId, String reference) {
		PROVIDERS.stubFor(post("/v1/checkout/sessions").willReturn(json("""
				{ "id": "%s", "object": "checkout.session", "status": "open", "payment_status": "unpaid",
				  "url": "https://checkout.stripe.com/c/pay/%s" }""".formatted(sessionId, sessionId))));
		String instance = PayTestProcess.start(this.runtimeService, reference, 50.0);
		runJob(instance);
		return instance;
	}

	private String ledgerStatus(String sessionId) {
		return this.jdbc.queryForObject("select status from payment where provider_payment_id = ?", String.class,
				sessionId);
	}

	private ResponseEntity<JsonNode> deliver(String payload, String signature) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (signature != null) {
			headers.set("Stripe-Signature", signature);
		}
		return this.rest.postForEntity(WEBHOOK, new HttpEntity<>(payload, headers), JsonNode.class);
	}

	private static String sign(String payload) throws Exception {
		return Webhook.Signature.generateSignatureHeader(payload, WEBHOOK_SECRET);
	}

	/** Shaped like Stripe's events (API version independent: only the fields we read). */
	private static String event(String id, String type, String sessionId, String paymentStatus) {
		return """
				{"id": "%s", "object": "event", "api_version": "2025-01-01", "type": "%s",
				 "data": {"object": {"id": "%s", "object": "checkout.session", "payment_status": "%s"}}}"""
			.formatted(id, type, sessionId, paymentStatus);
	}

}
