package org.eservices.app.residencecertificate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.eservices.app.DueJobs;
import org.eservices.app.RecordingConnectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of the residence certificate: clear cases issued as soon as the fee is paid
 * with no clerk, the others checked by the civil registry, failed and late payments; with
 * the connectors replaced by recording stand-ins, jobs run by hand; every flow node
 * passed.
 */
@Deployment(resources = { "bpmn/residence-certificate.bpmn", "bpmn/residence-certificate-route.dmn",
		"forms/residence-certificate-application.form", "forms/residence-certificate-check.form" })
class ResidenceCertificateProcessTest {

	static final String KEY = "residence-certificate";

	static final String REFERENCE = "RC-2026-000007";

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("camunda-process-test.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	/** What the connectors were asked to do, in order, e.g. "email:issued". */
	private final List<String> calls = new ArrayList<>();

	@BeforeEach
	void registerDelegates() {
		BpmnAwareTests.init(engine.getProcessEngine());
		RecordingConnectors.register(this.calls);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void aTenantOfAYearWithProofIsIssuedTheCertificateOnPaymentWithNoClerk() {
		ProcessInstance instance = paid(submit(2L, "tenant", true));

		assertThat(instance).isEnded()
			.hasPassedInOrder("FeePaid", "AssessApplication", "IssueCertificate", "CertificateIssued", "Issued")
			.hasNotPassed("CheckResidence")
			.variables()
			.containsEntry("route", "issue")
			.containsEntry("certificateNumber", "CERT-" + REFERENCE);
		assertThat(this.calls).containsExactly("checkout:5", "email:submitted", "sms:submitted", "document:certificate",
				"email:issued", "sms:issued");
	}

	@Test
	void withoutProofTheCivilRegistryChecksAndConfirms() {
		ProcessInstance instance = paid(submit(5L, "owner", false));

		assertThat(instance).isWaitingAt("CheckResidence").variables().containsEntry("route", "review");
		assertThat(task(instance)).hasCandidateGroup("registry").isNotAssigned();
		complete(task(instance), withVariables("decision", "confirm"));
		runDueJobs(instance);

		assertThat(instance).isEnded().hasPassedInOrder("CheckResidence", "IssueCertificate", "Issued");
		assertThat(this.calls).endsWith("email:issued", "sms:issued");
	}

	@Test
	void aFamilyMemberNewToTheAddressIsCheckedAndMayBeRejectedWithARefund() {
		ProcessInstance instance = paid(submit(0L, "family", true));

		assertThat(instance).isWaitingAt("CheckResidence");
		complete(task(instance),
				withVariables("decision", "reject", "rejectionReason", "No one at the address knows the applicant."));
		runDueJobs(instance);

		assertThat(instance).isEnded()
			.hasPassedInOrder("RejectionRecorded", "RefundFee", "ApplicationRejected")
			.hasNotPassed("IssueCertificate");
		assertThat(this.calls).endsWith("refund:cs_1", "email:rejected", "sms:rejected");
	}

	@Test
	void aFailedPaymentOpensANewCheckout() {
		ProcessInstance instance = submit(2L, "tenant", true);
		runDueJobs(instance);

		correlate(instance, "PaymentFailed");
		runDueJobs(instance);

		assertThat(instance).hasPassed("RenewCheckout").isWaitingAt("AwaitPayment");
		assertThat(runtimeService().getVariable(instance.getId(), "paymentId")).isEqualTo("cs_2");
		paid(instance);
		assertThat(instance).isEnded().hasPassed("Issued");
	}

	@Test
	void anUnpaidApplicationIsCancelledAtTheDeadline() {
		ProcessInstance instance = submit(2L, "tenant", true);
		runDueJobs(instance);

		Job deadline = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
		managementService().executeJob(deadline.getId());
		runDueJobs(instance);

		assertThat(instance).isEnded()
			.hasPassedInOrder("PaymentDeadlinePassed", "RequestCancelled", "CancelPayment", "ApplicationCancelled")
			.hasNotPassed("AssessApplication");
		assertThat(this.calls).endsWith("cancel:cs_1", "email:cancelled");
	}

	private static ProcessInstance submit(long years, String occupancy, boolean proof) {
		Map<String, Object> variables = new HashMap<>(Map.of("citizenId", "anna", "applicantName", "Anna Citizen",
				"email", "anna@example.org", "phone", "+4930664040900", "yearsAtAddress", years, "occupancy", occupancy,
				"purpose", "bank", "declaration", true));
		if (proof) {
			variables.put("proof", "files::proof1");
		}
		return runtimeService().startProcessInstanceByKey(KEY, REFERENCE, variables);
	}

	/** Runs the checkout and its notifications, then pays. */
	private static ProcessInstance paid(ProcessInstance instance) {
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
