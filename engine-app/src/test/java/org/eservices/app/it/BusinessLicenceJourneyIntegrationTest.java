package org.eservices.app.it;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business licence from the citizen's and the clerk's side on the zero-set-up
 * connectors: the fee from the table, the sandbox checkout, the review once paid, and the
 * messages in the dev mailbox at every step.
 */
class BusinessLicenceJourneyIntegrationTest extends PostgresIntegrationTest {

	@Test
	void paidApplicationIsApprovedAndTheApplicantHearsAtEveryStep() {
		String reference = submitBusinessLicence(TestUsers.ANNA, "Journey Bakery");

		JsonNode unpaid = request(reference);
		assertThat(unpaid.get("status").asText()).isEqualTo("submitted");
		assertThat(unpaid.at("/payment/status").asText()).isEqualTo("PENDING");
		assertThat(unpaid.at("/payment/amount").decimalValue()).isEqualByComparingTo("150.00");
		assertThat(unpaid.at("/payment/currency").asText()).isEqualTo("EUR");
		assertThat(Instant.parse(unpaid.at("/payment/payBy").asText())).isAfter(Instant.now().plusSeconds(6 * 86_400));
		String checkoutUrl = unpaid.at("/payment/checkoutUrl").asText();
		assertThat(checkoutUrl).contains("/sandbox/checkout/");
		assertThat(inboxOf(TestUsers.CLARA)).as("no review before payment").doesNotContain(reference);

		List<JsonNode> received = mailbox(reference);
		assertThat(received).extracting((m) -> m.get("channel").asText()).containsExactly("EMAIL", "SMS");
		assertThat(received.get(0).get("to").asText()).isEqualTo("anna@example.org");
		assertThat(received.get(0).get("subject").asText()).isEqualTo("Your business licence application " + reference);
		assertThat(received.get(0).get("body").asText()).contains("The fee is 150.00 EUR", checkoutUrl);
		assertThat(received.get(1).get("to").asText()).isEqualTo("+4930664040900");
		assertThat(received.get(1).get("body").asText()).contains(checkoutUrl);

		payInSandbox(TestUsers.ANNA, reference);

		JsonNode paid = request(reference);
		assertThat(paid.get("status").asText()).isEqualTo("under-review");
		assertThat(paid.at("/payment/status").asText()).isEqualTo("PAID");
		assertThat(paid.at("/payment").has("checkoutUrl")).as("no checkout link once paid").isFalse();
		// pressed again, as a browser does whose first answer was lost: told it is paid,
		// and paid once
		ResponseEntity<String> again = this.api.press(TestUsers.ANNA, URI.create(checkoutUrl).getPath() + "/pay");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody()).contains("Payment received for " + reference);
		assertThat(this.jdbc.queryForObject("select count(*) from webhook_event where payload like ?", Long.class,
				"%" + reference + "%"))
			.as("paying twice")
			.isEqualTo(1);

		String review = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		assertThat(
				this.api.get(TestUsers.CLARA, "/api/tasks/" + review).getBody().at("/request/payment/status").asText())
			.as("the clerk sees the fee is paid")
			.isEqualTo("PAID");
		this.api.post(TestUsers.CLARA, "/api/tasks/" + review + "/complete", "{\"decision\": \"approve\"}");
		runDueJobs(processInstanceOf(reference));

		JsonNode approved = request(reference);
		assertThat(approved.get("status").asText()).isEqualTo("approved");
		assertThat(approved.get("closed").asBoolean()).isTrue();
		assertThat(approved.get("timeline").findValuesAsText("code")).containsExactly("submitted", "paid",
				"under-review", "approved");
		List<JsonNode> all = mailbox(reference);
		assertThat(all.stream()
			.filter((m) -> "EMAIL".equals(m.get("channel").asText()))
			.map((m) -> m.get("subject").asText())).containsExactly("Your business licence application " + reference,
					"Payment received for " + reference, "Your business licence LIC-" + reference + " is approved");
		assertThat(
				all.stream().filter((m) -> "SMS".equals(m.get("channel").asText())).map((m) -> m.get("body").asText()))
			.hasSize(3)
			.contains(reference + ": payment of 150.00 EUR received. Your application is now under review.",
					reference + ": approved. Your licence number is LIC-" + reference + ".");
	}

	@Test
	void rejectionRefundsTheFeeAndGivesTheReason() {
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Refunded Kiosk");

		this.api.post(TestUsers.CLARA,
				"/api/tasks/" + this.api.taskOf(TestUsers.CLARA, reference).orElseThrow() + "/complete",
				"{\"decision\": \"reject\", \"rejectionReason\": \"Street trading is not allowed there.\"}");
		runDueJobs(processInstanceOf(reference));

		JsonNode rejected = request(reference);
		assertThat(rejected.get("status").asText()).isEqualTo("rejected");
		assertThat(rejected.get("closed").asBoolean()).isTrue();
		assertThat(rejected.at("/payment/status").asText()).isEqualTo("REFUNDED");
		JsonNode email = mailbox(reference).get(4);
		assertThat(email.get("subject").asText()).isEqualTo("Decision on your application " + reference);
		assertThat(email.get("body").asText()).contains("Reason: Street trading is not allowed there.",
				"The fee of 150.00 EUR is refunded");
	}

	@Test
	void aCancelledCheckoutIsFollowedByANewLinkWithTheSameDeadline() {
		String reference = submitBusinessLicence(TestUsers.ANNA, "Second Try Shop");
		JsonNode first = request(reference).get("payment");

		assertThat(this.api.press(TestUsers.ANNA, URI.create(first.get("checkoutUrl").asText()).getPath() + "/cancel")
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		runDueJobs(processInstanceOf(reference));

		JsonNode second = request(reference).get("payment");
		assertThat(second.get("status").asText()).isEqualTo("PENDING");
		assertThat(second.get("checkoutUrl").asText()).isNotEqualTo(first.get("checkoutUrl").asText());
		assertThat(second.get("payBy").asText()).isEqualTo(first.get("payBy").asText());
		JsonNode notice = mailbox(reference).get(2);
		assertThat(notice.get("subject").asText()).isEqualTo("Your payment for " + reference + " was not completed");
		assertThat(notice.get("body").asText()).contains(second.get("checkoutUrl").asText());

		payInSandbox(TestUsers.ANNA, reference);
		assertThat(request(reference).get("status").asText()).isEqualTo("under-review");
	}

	@Test
	void anUnpaidApplicationIsCancelledAtTheDeadlineAndItsCheckoutClosed() {
		String reference = submitBusinessLicence(TestUsers.ANNA, "Never Paid Shop");
		String instance = processInstanceOf(reference);
		String checkout = URI.create(request(reference).at("/payment/checkoutUrl").asText()).getPath();

		Job deadline = this.managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
		assertThat(deadline.getDuedate().toInstant())
			.isEqualTo(Instant.parse(request(reference).at("/payment/payBy").asText()));
		this.managementService.executeJob(deadline.getId());
		runDueJobs(instance);

		JsonNode cancelled = request(reference);
		assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
		assertThat(cancelled.get("statusLabel").asText()).isEqualTo("Cancelled: fee not paid");
		assertThat(cancelled.get("closed").asBoolean()).isTrue();
		assertThat(cancelled.at("/payment/status").asText()).isEqualTo("FAILED");
		assertThat(this.api.press(TestUsers.ANNA, checkout + "/pay").getStatusCode())
			.as("the checkout takes no late payment")
			.isEqualTo(HttpStatus.NOT_FOUND);
		JsonNode notice = mailbox(reference).get(2);
		assertThat(notice.get("subject").asText()).isEqualTo("Application " + reference + " cancelled");
		assertThat(notice.get("body").asText()).contains("No money was taken.");
		assertThat(inboxOf(TestUsers.CLARA)).doesNotContain(reference);
	}

	@Test
	void aPaymentThatRacesTheDeadlineIsRefunded() {
		String reference = submitBusinessLicence(TestUsers.ANNA, "Last Minute Shop");
		String instance = processInstanceOf(reference);
		String checkout = URI.create(request(reference).at("/payment/checkoutUrl").asText()).getPath();

		this.managementService.executeJob(
				this.managementService.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
		assertThat(this.api.press(TestUsers.ANNA, checkout + "/pay").getStatusCode())
			.as("paid while the cancellation is queued")
			.isEqualTo(HttpStatus.OK);
		runDueJobs(instance);

		JsonNode cancelled = request(reference);
		assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
		assertThat(cancelled.at("/payment/status").asText()).isEqualTo("REFUNDED");
		assertThat(mailbox(reference).get(2).get("body").asText())
			.contains("A payment that arrived after the deadline is refunded");
	}

	private JsonNode request(String reference) {
		return this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
	}

	private List<JsonNode> mailbox(String reference) {
		List<JsonNode> messages = new java.util.ArrayList<>();
		this.api.get(TestUsers.ROOT, "/api/dev/mailbox?reference=" + reference).getBody().forEach(messages::add);
		return messages;
	}

	private List<String> inboxOf(String clerk) {
		return this.api.get(clerk, "/api/tasks?size=100").getBody().get("content").findValuesAsText("reference");
	}

}
