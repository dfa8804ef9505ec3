package org.eservices.app.buildingpermit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of the building permit: the fee from the floor area, planning and fire
 * safety reviewing side by side, each asking the applicant on its own, the inspection on
 * the date the clerk sets, the board's decision; failed and late payments. Connectors are
 * recording stand-ins, jobs run by hand; every flow node and flow passed.
 */
@Deployment(resources = { "bpmn/building-permit.bpmn", "bpmn/building-permit-fee.dmn",
		"forms/building-permit-application.form", "forms/building-permit-planning-review.form",
		"forms/building-permit-fire-safety-review.form", "forms/building-permit-planning-information.form",
		"forms/building-permit-fire-safety-information.form", "forms/building-permit-inspection-schedule.form",
		"forms/building-permit-inspection-result.form", "forms/building-permit-decision.form" })
class BuildingPermitProcessTest {

	static final String KEY = "building-permit";

	static final String REFERENCE = "BP-2026-000012";

	static final String INSPECTION = "2030-01-15T10:30+01:00";

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("camunda-process-test.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	/** What the connectors were asked to do, in order, e.g. "email:approved". */
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
	void favourableReviewsAndAPassedInspectionLeadToAGrantedPermit() {
		ProcessInstance instance = paid(submit(140.0));

		assertThat(this.calls).startsWith("checkout:250.0", "email:submitted", "sms:submitted");
		assertThat(instance).isWaitingAt("PlanningReview", "FireSafetyReview");
		assertThat(task(instance, "PlanningReview")).hasCandidateGroup("planning").isNotAssigned();
		assertThat(task(instance, "FireSafetyReview")).hasCandidateGroup("firesafety").isNotAssigned();
		complete(task(instance, "FireSafetyReview"),
				withVariables("fireSafetyOpinion", "favourable", "fireSafetyNotes", "Two exits, both unobstructed."));
		assertThat(instance).isWaitingAt("PlanningReview").isNotWaitingAt("ScheduleInspection");
		complete(task(instance, "PlanningReview"), withVariables("planningOpinion", "conditions", "planningNotes",
				"Roof no higher than the neighbours'."));

		inspected(instance, "passed");
		assertThat(task(instance, "DecidePermit")).hasCandidateGroup("permitboard");
		complete(task(instance, "DecidePermit"),
				withVariables("decision", "approve", "permitConditions", "Roof no higher than the neighbours'."));
		runDueJobs(instance);

		assertThat(instance).isEnded()
			.hasPassedInOrder("FeePaid", "StartReviews", "ReviewsDone", "ScheduleInspection", "InspectionScheduled",
					"InspectionDue", "RecordInspection", "InspectionRecorded", "DecidePermit", "IssuePermit",
					"PermitGranted", "Approved")
			.hasNotPassed("ProvidePlanningInformation", "ProvideFireSafetyInformation", "PermitRefused")
			.variables()
			.containsEntry("fee", 250.0)
			.containsEntry("permitNumber", "PERMIT-" + REFERENCE)
			.containsEntry("permitDocumentId", "doc-1");
		assertThat(this.calls).endsWith("email:inspection-scheduled", "sms:inspection-scheduled", "document:permit",
				"email:approved", "sms:approved");
	}

	@Test
	void eachDepartmentAsksTheApplicantOnItsOwnAndTheBoardMayRefuse() {
		ProcessInstance instance = paid(submit(1200.0));
		assertThat(this.calls).startsWith("checkout:2000.0");

		complete(task(instance, "PlanningReview"), withVariables("planningOpinion", "moreInfo",
				"planningInformationRequest", "Please send the elevation facing the street."));
		runDueJobs(instance);
		complete(task(instance, "FireSafetyReview"), withVariables("fireSafetyOpinion", "moreInfo",
				"fireSafetyInformationRequest", "Where are the emergency exits of the upper floors?"));
		runDueJobs(instance);
		assertThat(this.calls).containsSubsequence("email:planning-information-requested",
				"sms:planning-information-requested", "email:fire-safety-information-requested",
				"sms:fire-safety-information-requested");

		Task fireQuestion = task(instance, "ProvideFireSafetyInformation");
		assertThat(fireQuestion).isAssignedTo("anna");
		assertThat(task(instance, "ProvidePlanningInformation")).isAssignedTo("anna");
		complete(fireQuestion, withVariables("fireSafetyAdditionalInformation", "Two stairwells, see the plan."));
		assertThat(instance).isWaitingAt("FireSafetyReview", "ProvidePlanningInformation");
		complete(task(instance, "FireSafetyReview"),
				withVariables("fireSafetyOpinion", "unfavourable", "fireSafetyNotes", "Stairwells too narrow."));
		assertThat(instance).isWaitingAt("ProvidePlanningInformation").isNotWaitingAt("ScheduleInspection");
		complete(task(instance, "ProvidePlanningInformation"),
				withVariables("planningAdditionalInformation", "Attached."));
		complete(task(instance, "PlanningReview"),
				withVariables("planningOpinion", "favourable", "planningNotes", "Fits the street."));

		inspected(instance, "failed");
		complete(task(instance, "DecidePermit"),
				withVariables("decision", "reject", "rejectionReason", "The stairwells do not meet the fire code."));
		runDueJobs(instance);

		assertThat(instance).isEnded()
			.hasPassedInOrder("PermitRefused", "NotifyRejectedEmail", "NotifyRejectedSms", "Rejected")
			.hasNotPassed("IssuePermit")
			.variables()
			.containsEntry("planningInformationRequest", "Please send the elevation facing the street.")
			.containsEntry("fireSafetyInformationRequest", "Where are the emergency exits of the upper floors?")
			.containsEntry("fireSafetyOpinion", "unfavourable");
		assertThat(this.calls).as("the fee paid for the review").noneMatch((call) -> call.startsWith("refund"));
		assertThat(this.calls).endsWith("email:rejected", "sms:rejected");
	}

	@Test
	void aFailedPaymentOpensANewCheckout() {
		ProcessInstance instance = submit(30.0);
		runDueJobs(instance);

		correlate(instance, "PaymentFailed");
		runDueJobs(instance);

		assertThat(instance).hasPassed("RenewCheckout").isWaitingAt("AwaitPayment");
		assertThat(this.calls).filteredOn((call) -> call.startsWith("checkout"))
			.containsExactly("checkout:100.0", "checkout:100.0");
		paid(instance);
		assertThat(instance).isWaitingAt("PlanningReview", "FireSafetyReview");
	}

	@Test
	void anUnpaidApplicationIsCancelledAtTheDeadline() {
		ProcessInstance instance = submit(30.0);
		runDueJobs(instance);

		Job deadline = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
		managementService().executeJob(deadline.getId());
		runDueJobs(instance);

		assertThat(instance).isEnded()
			.hasPassedInOrder("PaymentDeadlinePassed", "RequestCancelled", "CancelPayment", "ApplicationCancelled")
			.hasNotPassed("StartReviews");
		assertThat(this.calls).endsWith("cancel:cs_1", "email:cancelled", "sms:cancelled");
	}

	/** Both reviews done: the clerk sets the date, the timer waits for it, the result. */
	private void inspected(ProcessInstance instance, String result) {
		complete(task(instance, "ScheduleInspection"),
				withVariables("inspectionDate", INSPECTION, "inspectionNotes", "Have the plans at hand."));
		runDueJobs(instance);
		Date at = Date.from(OffsetDateTime.parse(INSPECTION + ":00").toInstant());
		assertThat(runtimeService().getVariable(instance.getId(), "inspectionTime")).isEqualTo(at);
		Job timer = managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.timers()
			.activityId("InspectionDue")
			.singleResult();
		assertThat(timer.getDuedate()).isEqualTo(at);
		assertThat(instance).isWaitingAt("InspectionDue").isNotWaitingAt("RecordInspection");
		managementService().executeJob(timer.getId());
		complete(task(instance, "RecordInspection"),
				withVariables("inspectionResult", result, "inspectionReport", "Visited with the applicant."));
	}

	private static ProcessInstance submit(double totalFloorArea) {
		Map<String, Object> variables = new HashMap<>(
				Map.of("citizenId", "anna", "applicantName", "Anna Citizen", "email", "anna@example.org", "phone",
						"+4930664040900", "totalFloorArea", totalFloorArea, "plans", "files::plans1"));
		return runtimeService().startProcessInstanceByKey(KEY, REFERENCE, variables);
	}

	/** Runs the checkout and its notifications, then pays. */
	private static ProcessInstance paid(ProcessInstance instance) {
		runDueJobs(instance);
		correlate(instance, "PaymentSucceeded");
		runDueJobs(instance);
		return instance;
	}

	private static Task task(ProcessInstance instance, String activity) {
		return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
	}

	private static void correlate(ProcessInstance instance, String message) {
		runtimeService().createMessageCorrelation(message).processInstanceId(instance.getId()).correlate();
	}

	private static void runDueJobs(ProcessInstance instance) {
		DueJobs.run(managementService(), instance.getId());
	}

}
