package org.eservices.app.it;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without Stripe keys, "Take payment" creates a sandbox checkout on the platform itself,
 * records it in the ledger once, and hands the process its checkout link.
 */
class SandboxPaymentIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	FailOnce failOnce;

	@Autowired
	TaskService taskService;

	@BeforeEach
	void deploy() {
		PayTestProcess.deploy(this.repositoryService);
	}

	@Test
	void takePaymentCreatesOneSandboxCheckoutAcrossRetries() {
		String instance = PayTestProcess.start(this.runtimeService, "PT-2026-000001", 120.0);
		this.failOnce.arm(instance);
		String job = job(instance).getId();

		assertThatThrownBy(() -> this.managementService.executeJob(job)).hasMessageContaining("Simulated");
		this.managementService.executeJob(job);

		String paymentId = (String) this.runtimeService.getVariable(instance, "paymentId");
		assertThat(paymentId).startsWith("sandbox_cs_");
		assertThat(this.runtimeService.getVariable(instance, "checkoutUrl"))
			.isEqualTo("http://localhost:8080/sandbox/checkout/" + paymentId);
		assertThat(this.runtimeService.getVariable(instance, "paymentStatus")).isEqualTo("PENDING");
		assertThat(this.jdbc.queryForList(
				"select provider || '/' || amount_minor || '/' || currency || '/' || status || '/' || description from payment where business_key = ?",
				String.class, "PT-2026-000001"))
			.containsExactly("sandbox/12000/eur/PENDING/Licence fee PT-2026-000001");
	}

	@Test
	void citizenPaysOnTheSandboxCheckoutPageAndTheProcessContinues() {
		String instance = PayTestProcess.start(this.runtimeService, "PT-2026-000003", 120.0);
		runJob(instance);
		String checkout = "/sandbox/checkout/" + this.runtimeService.getVariable(instance, "paymentId");

		ResponseEntity<String> page = this.rest.withBasicAuth(TestUsers.ANNA, TestUsers.PASSWORD)
			.getForEntity(checkout, String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("120.00 EUR", "PT-2026-000003", "no money moves");
		assertThat(this.rest.withBasicAuth(TestUsers.OMAR, TestUsers.PASSWORD)
			.getForEntity(checkout, String.class)
			.getStatusCode()).as("another citizen's checkout").isEqualTo(HttpStatus.NOT_FOUND);

		ResponseEntity<String> paid = this.rest.withBasicAuth(TestUsers.ANNA, TestUsers.PASSWORD)
			.postForEntity(checkout + "/pay", null, String.class);
		assertThat(paid.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(paid.getBody()).contains("Payment received");

		assertThat(this.taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo(PayTestProcess.PAID);
		assertThat(this.jdbc.queryForObject("select status from payment where business_key = ?", String.class,
				"PT-2026-000003"))
			.isEqualTo("PAID");
		assertThat(this.jdbc.queryForObject("select outcome from webhook_event where payload like ?", String.class,
				"%PT-2026-000003%"))
			.isEqualTo("paid, process continued");
		// pressed again (the first answer lost on the way): told it is paid, paid once
		ResponseEntity<String> again = this.rest.withBasicAuth(TestUsers.ANNA, TestUsers.PASSWORD)
			.postForEntity(checkout + "/pay", null, String.class);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody()).contains("Payment received", "PT-2026-000003");
		assertThat(this.jdbc.queryForObject("select count(*) from webhook_event where payload like ?", Long.class,
				"%PT-2026-000003%"))
			.as("no second payment")
			.isEqualTo(1);
		assertThat(this.rest.withBasicAuth(TestUsers.ANNA, TestUsers.PASSWORD)
			.postForEntity(checkout + "/cancel", null, String.class)
			.getStatusCode()).as("a paid checkout is not cancelled").isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.queryForObject("select status from payment where business_key = ?", String.class,
				"PT-2026-000003"))
			.isEqualTo("PAID");
	}

	@Test
	void cancellingTheSandboxCheckoutFailsThePayment() {
		String instance = PayTestProcess.start(this.runtimeService, "PT-2026-000004", 10.0);
		runJob(instance);
		String checkout = "/sandbox/checkout/" + this.runtimeService.getVariable(instance, "paymentId");

		this.rest.withBasicAuth(TestUsers.ANNA, TestUsers.PASSWORD)
			.postForEntity(checkout + "/cancel", null, String.class);

		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
		assertThat(this.jdbc.queryForObject("select status from payment where business_key = ?", String.class,
				"PT-2026-000004"))
			.isEqualTo("FAILED");
	}

	@Test
	void anAmountTheCurrencyCannotHoldIsAClearFailure() {
		String instance = PayTestProcess.start(this.runtimeService, "PT-2026-000002", 12.345);
		String job = job(instance).getId();

		assertThatThrownBy(() -> this.managementService.executeJob(job))
			.hasMessageContaining(PayTestProcess.TAKE_PAYMENT)
			.hasMessageContaining("cannot charge 12.345 eur");
	}

}
