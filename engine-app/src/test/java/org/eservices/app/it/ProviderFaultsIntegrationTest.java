package org.eservices.app.it;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With provider credentials set, the real SendGrid and Twilio SDKs talk to stubs of their
 * APIs: a failing provider makes the job retry, then an incident in Cockpit; once the
 * provider is back and the job retried, the flow goes on, and nothing was sent twice.
 */
class ProviderFaultsIntegrationTest extends ProviderStubIntegrationTest {

	static final String MAIL_SEND = "/v3/mail/send";

	static final String MESSAGES = "/2010-04-01/Accounts/ACtest/Messages.json";

	@Autowired
	FailOnce failOnce;

	@BeforeEach
	void deploy() {
		NotifyTestProcess.deploy(this.repositoryService);
		PayTestProcess.deploy(this.repositoryService);
	}

	@Test
	void stripeCheckoutIsCreatedOnceWithTheJobsIdempotencyKey() {
		PROVIDERS.stubFor(post("/v1/checkout/sessions").willReturn(json("""
				{ "id": "cs_test_9", "object": "checkout.session", "status": "open", "payment_status": "unpaid",
				  "url": "https://checkout.stripe.com/c/pay/cs_test_9" }""")));
		String instance = PayTestProcess.start(this.runtimeService, "PF-2026-000003", 75.5);
		this.failOnce.arm(instance);
		String job = job(instance).getId();

		assertThatThrownBy(() -> this.managementService.executeJob(job)).hasMessageContaining("Simulated");
		this.managementService.executeJob(job);

		assertThat(this.runtimeService.getVariable(instance, "checkoutUrl"))
			.isEqualTo("https://checkout.stripe.com/c/pay/cs_test_9");
		PROVIDERS.verify(1,
				postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
					.withHeader("Idempotency-Key", equalTo(instance + ":" + PayTestProcess.TAKE_PAYMENT + ":1"))
					.withFormParam("line_items[0][price_data][unit_amount]", equalTo("7550"))
					.withFormParam("client_reference_id", equalTo("PF-2026-000003")));
	}

	@Test
	void providerDownRetriesThenIncidentThenRecovers() {
		PROVIDERS.stubFor(post(MAIL_SEND).willReturn(aResponse().withStatus(503).withBody("busy")));
		String instance = NotifyTestProcess.start(this.runtimeService, "PF-2026-000001");
		Job job = job(instance);
		assertThat(job.getRetries()).as("retries from the retry cycle").isGreaterThan(1);

		assertThatThrownBy(() -> this.managementService.executeJob(job.getId())).hasMessageContaining("SendGrid");
		assertThat(job(instance).getRetries()).isEqualTo(job.getRetries() - 1);
		this.managementService.setJobRetries(job.getId(), 1);
		assertThatThrownBy(() -> this.managementService.executeJob(job.getId())).hasMessageContaining("SendGrid");

		Incident incident = this.runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
		assertThat(incident).as("incident in Cockpit").isNotNull();
		assertThat(incident.getActivityId()).isEqualTo(NotifyTestProcess.SEND_EMAIL);
		assertThat(incident.getIncidentMessage()).contains("SendGrid unavailable (HTTP 503)");

		PROVIDERS.stubFor(post(MAIL_SEND).willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-1")));
		PROVIDERS.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM1\", \"status\": \"queued\"}")));
		this.managementService.setJobRetries(job.getId(), 1);
		this.managementService.executeJob(job.getId());
		runJob(instance);

		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
		PROVIDERS.verify(3, postRequestedFor(urlEqualTo(MAIL_SEND)));
		PROVIDERS.verify(1, postRequestedFor(urlEqualTo(MESSAGES)).withFormParam("To", equalTo("+4930664040900"))
			.withFormParam("Body", equalTo("PF-2026-000001: hello Anna, we received your request.")));
		assertThat(this.jdbc.queryForList(
				"select channel || '/' || status || '/' || provider_message_id from notification where business_key = ? order by id",
				String.class, "PF-2026-000001"))
			.containsExactly("EMAIL/SENT/sg-1", "SMS/SENT/SM1");
	}

	/**
	 * An outage longer than the job's retries: its incident shows it meanwhile, and the
	 * platform's {@code outage-recovery} process tries the job again run after run until
	 * the provider is back; the message then goes out once. A message the provider
	 * refused waits for an admin.
	 */
	@Test
	void jobsFailedByAnOutageGoOnOnceTheProviderIsBackAndRefusedOnesWaitForAnAdmin() {
		PROVIDERS.stubFor(post(MAIL_SEND).willReturn(aResponse().withStatus(503).withBody("down")));
		PROVIDERS.stubFor(post(MAIL_SEND).withRequestBody(containing("PF-2026-000005"))
			.willReturn(aResponse().withStatus(400).withBody("no such address")));
		String outage = NotifyTestProcess.start(this.runtimeService, "PF-2026-000004");
		String refused = NotifyTestProcess.start(this.runtimeService, "PF-2026-000005");
		failForGood(outage);
		failForGood(refused);
		assertThat(incidentOf(outage).getIncidentMessage()).contains("SendGrid unavailable (HTTP 503)");
		assertThat(incidentOf(refused).getIncidentMessage()).contains("SendGrid refused the email (HTTP 400)");

		// a run while the provider is still down: one more try, which fails again
		runOutageRecovery();
		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(outage).count()).isZero();
		assertThatThrownBy(() -> runJob(outage)).hasMessageContaining("SendGrid unavailable");
		assertThat(incidentOf(outage)).as("the outage shows again").isNotNull();

		PROVIDERS.stubFor(post(MAIL_SEND).withRequestBody(containing("PF-2026-000004"))
			.willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-4")));
		PROVIDERS.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM4\", \"status\": \"queued\"}")));
		runOutageRecovery();
		runJob(outage);
		runJob(outage);

		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(outage).count()).isZero();
		assertThat(this.jdbc.queryForList(
				"select channel || '/' || status || '/' || provider_message_id from notification where business_key = ? order by id",
				String.class, "PF-2026-000004"))
			.containsExactly("EMAIL/SENT/sg-4", "SMS/SENT/SM4");
		PROVIDERS.verify(1, postRequestedFor(urlEqualTo(MESSAGES)).withFormParam("Body",
				equalTo("PF-2026-000004: hello Anna, we received your request.")));
		// the refused message was not tried again: its incident waits for an admin
		assertThat(job(refused).getRetries()).isZero();
		assertThat(incidentOf(refused)).isNotNull();
		PROVIDERS.verify(2, postRequestedFor(urlEqualTo(MAIL_SEND)).withRequestBody(containing("PF-2026-000005")));
	}

	@Test
	void providerTimeoutIsAFailedAttempt() {
		PROVIDERS.stubFor(post(MAIL_SEND).willReturn(aResponse().withStatus(202).withFixedDelay(5_000)));
		String instance = NotifyTestProcess.start(this.runtimeService, "PF-2026-000002");
		Job job = job(instance);

		assertThatThrownBy(() -> this.managementService.executeJob(job.getId()))
			.hasMessageContaining("could not be reached");
		assertThat(this.jdbc.queryForObject("select status from notification where business_key = ?", String.class,
				"PF-2026-000002"))
			.isEqualTo("PENDING");
	}

	/**
	 * A job's first try failing, then its last: it is left with an incident (the retry
	 * cycle starts at the first failure, so the retries are cut short only after it).
	 */
	private void failForGood(String instance) {
		assertThatThrownBy(() -> runJob(instance)).hasMessageContaining("SendGrid");
		this.managementService.setJobRetries(job(instance).getId(), 1);
		assertThatThrownBy(() -> runJob(instance)).hasMessageContaining("SendGrid");
	}

	private Incident incidentOf(String instance) {
		return this.runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
	}

	/** The platform process's timer firing, as the job executor would fire it. */
	private void runOutageRecovery() {
		Job timer = this.managementService.createJobQuery()
			.processDefinitionKey("outage-recovery")
			.timers()
			.singleResult();
		this.managementService.executeJob(timer.getId());
	}

}
