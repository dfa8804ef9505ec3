package org.eservices.app.businesslicence;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.ADDITIONAL_INFORMATION;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.APPLICATION_REJECTED;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.DECISION;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.INFORMATION_REQUEST;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.ISSUE_LICENCE;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.LICENCE_APPROVED;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.LICENCE_NUMBER;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.PROVIDE_MORE_INFORMATION;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.REJECTION_REASON;
import static org.eservices.app.businesslicence.BusinessLicenceProcess.REVIEW_APPLICATION;

/**
 * Every path of the business licence process, with flow-node coverage of at least 90%.
 */
@Deployment(resources = { "bpmn/business-licence.bpmn", "forms/business-licence-application.form",
		"forms/business-licence-review.form", "forms/business-licence-more-info.form" })
class BusinessLicenceProcessTest {

	static final String REFERENCE = "BL-2026-000042";

	static final String CITIZEN = "anna";

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("camunda-process-test.cfg.xml")
		.assertClassCoverageAtLeast(0.9)
		.build();

	@BeforeEach
	void registerDelegates() {
		Mocks.register("issueLicenceDelegate", new IssueLicenceDelegate());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void approvalIssuesALicenceNumber() {
		ProcessInstance instance = submit(REFERENCE);
		assertThat(instance).isWaitingAt(REVIEW_APPLICATION);
		assertThat(task(instance)).hasCandidateGroup(BusinessLicenceProcess.GROUP_LICENSING).isNotAssigned();

		complete(task(instance), withVariables(DECISION, "approve"));

		assertThat(instance).isEnded()
			.hasPassedInOrder(REVIEW_APPLICATION, ISSUE_LICENCE, LICENCE_APPROVED)
			.hasNotPassed(PROVIDE_MORE_INFORMATION, APPLICATION_REJECTED)
			.variables()
			.containsEntry(LICENCE_NUMBER, "LIC-" + REFERENCE);
	}

	@Test
	void rejectionEndsTheRequestWithItsReason() {
		ProcessInstance instance = submit(REFERENCE);

		complete(task(instance),
				withVariables(DECISION, "reject", REJECTION_REASON, "Street trading is not allowed there."));

		assertThat(instance).isEnded()
			.hasPassed(APPLICATION_REJECTED)
			.hasNotPassed(ISSUE_LICENCE, LICENCE_APPROVED, PROVIDE_MORE_INFORMATION);
	}

	@Test
	void moreInformationGoesToTheApplicantAndBackToReview() {
		ProcessInstance instance = submit(REFERENCE);

		complete(task(instance),
				withVariables(DECISION, "moreInfo", INFORMATION_REQUEST, "Please send the floor plan."));
		assertThat(instance).isWaitingAt(PROVIDE_MORE_INFORMATION);
		assertThat(task(instance)).isAssignedTo(CITIZEN);

		complete(task(instance), withVariables(ADDITIONAL_INFORMATION, "Attached: floor plan."));
		assertThat(instance).isWaitingAt(REVIEW_APPLICATION);
		assertThat(task(instance)).hasCandidateGroup(BusinessLicenceProcess.GROUP_LICENSING);

		complete(task(instance), withVariables(DECISION, "approve"));
		assertThat(instance).isEnded().hasPassed(PROVIDE_MORE_INFORMATION, LICENCE_APPROVED);
	}

	@Test
	void moreInformationCanBeAskedTwiceThenRejected() {
		ProcessInstance instance = submit(REFERENCE);
		for (int round = 0; round < 2; round++) {
			complete(task(instance), withVariables(DECISION, "moreInfo", INFORMATION_REQUEST, "Round " + round));
			complete(task(instance), withVariables(ADDITIONAL_INFORMATION, "Answer " + round));
		}

		complete(task(instance),
				withVariables(DECISION, "reject", REJECTION_REASON, "Still incomplete after two requests."));

		assertThat(instance).isEnded().hasPassed(APPLICATION_REJECTED).hasNotPassed(LICENCE_APPROVED);
	}

	@Test
	void approvalWithoutAReferenceFailsWithAClearMessage() {
		ProcessInstance instance = submit(null);

		assertThatThrownBy(() -> complete(task(instance), withVariables(DECISION, "approve")))
			.hasMessageContaining(ISSUE_LICENCE)
			.hasMessageContaining("business key");
	}

	private static ProcessInstance submit(String reference) {
		return runtimeService().startProcessInstanceByKey(BusinessLicenceProcess.KEY, reference,
				Map.of("citizenId", CITIZEN, "businessName", "Anna's Bakery", "activityType", "food", "employees", 3L));
	}

}
