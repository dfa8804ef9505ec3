package org.eservices.app.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without Stripe keys, "Take payment" creates a sandbox checkout on the platform itself,
 * records it in the ledger once, and hands the process its checkout link.
 */
class SandboxPaymentIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	FailOnce failOnce;

	@BeforeEach
	void deploy() {
		PayTestProcess.deploy(this.repositoryService);
	}

	@Test
	void takePaymentCreatesOneSandboxCheckoutAcrossRetries() {
		String instance = PayTestProcess.start(this.runtimeService, "PT-2026-000001", 120.0);
		this.failOnce.arm(instance);
		String job = NotifyTestProcess.job(this.managementService, instance).getId();

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
	void anAmountTheCurrencyCannotHoldIsAClearFailure() {
		String instance = PayTestProcess.start(this.runtimeService, "PT-2026-000002", 12.345);
		String job = NotifyTestProcess.job(this.managementService, instance).getId();

		assertThatThrownBy(() -> this.managementService.executeJob(job))
			.hasMessageContaining(PayTestProcess.TAKE_PAYMENT)
			.hasMessageContaining("cannot charge 12.345 eur");
	}

}
