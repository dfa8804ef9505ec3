package org.eservices.app.businesslicence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.eservices.app.DueJobs;
import org.eservices.app.RecordingConnectors;
import org.junit.jupiter.api.AfterEach;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.ADDITIONAL_INFORMATION;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.APPLICATION_CANCELLED;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.APPLICATION_REJECTED;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.AWAIT_PAYMENT;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.CANCEL_PAYMENT;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.DECISION;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.DETERMINE_FEE;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.FEE;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.FEE_PAID;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.INFORMATION_REQUEST;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.ISSUE_LICENCE;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.LICENCE_APPROVED;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.LICENCE_NUMBER;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.PAYMENT_DEADLINE_PASSED;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.PROVIDE_MORE_INFORMATION;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.REFUND_FEE;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.REJECTION_REASON;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.RENEW_CHECKOUT;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.REVIEW_APPLICATION;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.TAKE_FEE;

/**
 * Every path of the business licence process, with the connectors replaced by recording
 * stand-ins and jobs run by hand; flow-node coverage of at least 90%.
 */
@Deployment(resources = { "bpmn/business-licence.bpmn", "bpmn/business-licence-fee.dmn",
		"forms/business-licence-application.form", "forms/business-licence-review.form",
		"forms/business-licence-more-info.form" })
class BusinessLicenceProcessTest {

	static final String REFERENCE = "BL-2026-000042";

	static final String CITIZEN = "anna";

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("camunda-process-test.cfg.xml")
		.assertClassCoverageAtLeast(0.9)
		.build();

	/** What the connectors were asked to do, in order, e.g. "email:submitted". */
	private final List<String> calls = new ArrayList<>();

	@BeforeEach
	void registerDelegates() {
		// other test classes in this JVM keep engines of their own
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("issueLicenceDelegate", new IssueLicenceDelegate());
		RecordingConnectors.register(this.calls);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void theFeeComesFromTheTableAndReviewWaitsForPayment() {
		ProcessInstance instance = submit(REFERENCE);
		assertThat(instance).hasPassed(DETERMINE_FEE).isWaitingAt(TAKE_FEE);
		assertThat(instance).variables().containsEntry(FEE, 150.0);

		runDueJobs(instance);

		assertThat(instance).isWaitingAt(AWAIT_PAYMENT).hasNotPassed(REVIEW_APPLICATION);
		assertThat(this.calls).containsExactly("checkout:150.0", "email:submitted", "sms:submitted");
		assertThat(task(instance)).as("no review before payment").isNull();
	}

	@Test
	void approvalAfterPaymentIssuesALicenceNumberAndTellsTheApplicant() {
		ProcessInstance instance = paid(submit(REFERENCE));
		assertThat(instance).hasPassed(FEE_PAID).isWaitingAt(REVIEW_APPLICATION);
		assertThat(task(instance)).hasCandidateGroup(BusinessLicenceProcess.GROUP_LICENSING).isNotAssigned();
		assertThat(this.calls).endsWith("email:payment-received", "sms:payment-received");

		complete(task(instance), withVariables(DECISION, "approve"));
		runDueJobs(instance);

		assertThat(instance).isEnded()
			.hasPassedInOrder(REVIEW_APPLICATION, ISSUE_LICENCE, LICENCE_APPROVED)
			.hasNotPassed(PROVIDE_MORE_INFORMATION, APPLICATION_REJECTED, REFUND_FEE)
			.variables()
			.containsEntry(LICENCE_NUMBER, "LIC-" + REFERENCE)
			.containsEntry("licenceDocumentId", "doc-1");
		assertThat(this.calls).endsWith("document:licence", "email:approved", "sms:approved")
			.doesNotContain("refund:cs_1");
	}

	@Test
	void aFailedPaymentOpensANewCheckoutAndKeepsTheDeadline() {
		ProcessInstance instance = submit(REFERENCE);
		runDueJobs(instance);
		Object deadline = runtimeService().getVariable(instance.getId(), "paymentDeadline");

		correlate(instance, "PaymentFailed");
		runDueJobs(instance);

		assertThat(instance).hasPassed(RENEW_CHECKOUT).isWaitingAt(AWAIT_PAYMENT);
		assertThat(runtimeService().getVariable(instance.getId(), "paymentDeadline")).isEqualTo(deadline);
		assertThat(runtimeService().getVariable(instance.getId(), "paymentId")).isEqualTo("cs_2");
		assertThat(this.calls).endsWith("checkout:150.0", "email:payment-failed", "sms:payment-failed");

		paid(instance);
		assertThat(instance).isWaitingAt(REVIEW_APPLICATION);
	}

	@Test
	void anUnpaidRequestIsCancelledAtTheDeadline() {
		ProcessInstance instance = submit(REFERENCE);
		runDueJobs(instance);

		Job deadline = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
		assertThat(deadline.getDuedate()).isEqualTo(runtimeService().getVariable(instance.getId(), "paymentDeadline"));
		managementService().executeJob(deadline.getId());
		runDueJobs(instance);

		assertThat(instance).isEnded()
			.hasPassedInOrder(PAYMENT_DEADLINE_PASSED, CANCEL_PAYMENT, APPLICATION_CANCELLED)
			.hasNotPassed(REVIEW_APPLICATION);
		assertThat(this.calls).endsWith("cancel:cs_1", "email:cancelled", "sms:cancelled");
	}

	@Test
	void rejectionRefundsTheFeeAndGivesTheReason() {
		ProcessInstance instance = paid(submit(REFERENCE));

		complete(task(instance),
				withVariables(DECISION, "reject", REJECTION_REASON, "Street trading is not allowed there."));
		runDueJobs(instance);

		assertThat(instance).isEnded()
			.hasPassedInOrder(REFUND_FEE, APPLICATION_REJECTED)
			.hasNotPassed(ISSUE_LICENCE, LICENCE_APPROVED, PROVIDE_MORE_INFORMATION);
		assertThat(this.calls).endsWith("refund:cs_1", "email:rejected", "sms:rejected");
	}

	@Test
	void moreInformationGoesToTheApplicantAndBackToReview() {
		ProcessInstance instance = paid(submit(REFERENCE));

		complete(task(instance),
				withVariables(DECISION, "moreInfo", INFORMATION_REQUEST, "Please send the floor plan."));
		assertThat(instance).isWaitingAt(PROVIDE_MORE_INFORMATION);
		assertThat(task(instance)).isAssignedTo(CITIZEN);
		runDueJobs(instance);
		assertThat(this.calls).endsWith("email:information-requested", "sms:information-requested");

		complete(task(instance), withVariables(ADDITIONAL_INFORMATION, "Attached: floor plan."));
		assertThat(instance).isWaitingAt(REVIEW_APPLICATION);
		assertThat(task(instance)).hasCandidateGroup(BusinessLicenceProcess.GROUP_LICENSING);

		complete(task(instance), withVariables(DECISION, "approve"));
		runDueJobs(instance);
		assertThat(instance).isEnded().hasPassed(PROVIDE_MORE_INFORMATION, LICENCE_APPROVED);
	}

	@Test
	void moreInformationCanBeAskedTwiceThenRejected() {
		ProcessInstance instance = paid(submit(REFERENCE));
		for (int round = 0; round < 2; round++) {
			complete(task(instance), withVariables(DECISION, "moreInfo", INFORMATION_REQUEST, "Round " + round));
			complete(task(instance), withVariables(ADDITIONAL_INFORMATION, "Answer " + round));
		}

		complete(task(instance),
				withVariables(DECISION, "reject", REJECTION_REASON, "Still incomplete after two requests."));
		runDueJobs(instance);

		assertThat(instance).isEnded().hasPassed(APPLICATION_REJECTED).hasNotPassed(LICENCE_APPROVED);
		assertThat(this.calls.stream().filter("email:information-requested"::equals)).hasSize(2);
	}

	@Test
	void aFailingNotificationDoesNotHoldUpTheReview() {
		Mocks.register("sendEmailDelegate", (JavaDelegate) (execution) -> {
			throw new IllegalStateException("SendGrid is down");
		});
		ProcessInstance instance = submit(REFERENCE);
		runDueJobs(instance);
		correlate(instance, "PaymentSucceeded");
		runDueJobs(instance);

		assertThat(instance).isWaitingAt(REVIEW_APPLICATION);
		assertThat(managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.withException()
			.list()
			.stream()
			.map(Job::getExceptionMessage)).containsOnly("SendGrid is down");
	}

	@Test
	void approvalWithoutAReferenceFailsWithAClearMessage() {
		ProcessInstance instance = paid(submit(null));

		assertThatThrownBy(() -> complete(task(instance), withVariables(DECISION, "approve")))
			.hasMessageContaining(ISSUE_LICENCE)
			.hasMessageContaining("business key");
	}

	private static ProcessInstance submit(String reference) {
		return runtimeService().startProcessInstanceByKey(BusinessLicenceProcess.KEY, reference,
				Map.of("citizenId", CITIZEN, "applicantName", "Anna Schmidt", "businessName", "Anna's Bakery",
						"activityType", "food", "employees", 3L, "email", "anna@example.org", "phone",
						"+4930664040900"));
	}

	/** Runs the checkout and its notifications, then pays. */
	private ProcessInstance paid(ProcessInstance instance) {
		runDueJobs(instance);
		correlate(instance, "PaymentSucceeded");
		runDueJobs(instance);
		return instance;
	}

	private static void correlate(ProcessInstance instance, String message) {
		runtimeService().createMessageCorrelation(message).processInstanceId(instance.getId()).correlate();
	}

	private static void runDueJobs(ProcessInstance instance) {
		DueJobs.run(managementService(), instance.getId());
	}

}
