package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The building permit on PostgreSQL, as deployed at boot: the fee from the structures'
 * floor area the server adds up itself, planning and fire safety each seeing only their
 * own review, planning asking the applicant (who answers with a document), the inspection
 * on the date planning sets, and the board deciding with the opinions in view.
 */
class BuildingPermitJourneyIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	HistoryService historyService;

	static final String SERVICE = "/api/services/building-permit";

	static final String APPLICATION = """
			{ "applicantName": "Anna Citizen", "email": "anna@example.org", "phone": "+4930664040900",
			  "site": { "street": "4 Olive Street", "postcode": "11511", "city": "Springfield" },
			  "structures": [ { "structureType": "house", "floorArea": 120.5, "storeys": 2 },
			                  { "structureType": "garage", "floorArea": 24.5, "storeys": 1 } ],
			  "totalFloorArea": 1, "plans": "files::plans1",
			  "declarations": [ "ownerConsent", "accurate", "siteAccess" ] }""";

	@Test
	void planningAsksTheApplicantInspectsTheSiteAndTheBoardGrantsThePermit() {
		for (String plan : new String[] { "site plan.pdf", "floor plans.pdf" }) {
			ResponseEntity<JsonNode> uploaded = this.api.upload(TestUsers.ANNA,
					SERVICE + "/draft/attachments?field=files::plans1", plan, EveryComponentIntegrationTest.PDF);
			assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		}
		ResponseEntity<JsonNode> submitted = this.api.post(TestUsers.ANNA, SERVICE + "/requests", APPLICATION);
		assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.CREATED);
		String reference = submitted.getBody().get("reference").asText();
		String instance = processInstanceOf(reference);
		assertThat(this.runtimeService.getVariable(instance, "totalFloorArea")).as("added up by the server")
			.isEqualTo(145L);
		runDueJobs(instance);
		assertThat(request(reference).at("/payment/amount").decimalValue()).isEqualByComparingTo("250");
		payInSandbox(TestUsers.ANNA, reference);

		assertThat(request(reference).get("status").asText()).isEqualTo("under-review");
		assertThat(this.api.taskOf(TestUsers.CLARA, reference)).as("licensing sees nothing").isEmpty();
		String fireReview = claimed(TestUsers.FIONA, reference);
		assertThat(task(TestUsers.FIONA, fireReview).at("/form/schema/id").asText())
			.isEqualTo("building-permit-fire-safety-review");
		complete(TestUsers.FIONA, fireReview,
				"{ \"fireSafetyOpinion\": \"favourable\", \"fireSafetyNotes\": \"Two exits, both clear.\" }");
		String planningReview = claimed(TestUsers.PAUL, reference);
		complete(TestUsers.PAUL, planningReview, """
				{ "planningOpinion": "moreInfo",
				  "planningInformationRequest": "Please send the elevation facing the street." }""");
		runDueJobs(instance);

		JsonNode asked = request(reference);
		assertThat(asked.get("status").asText()).isEqualTo("planning-information-requested");
		assertThat(asked.get("actions")).hasSize(1);
		JsonNode action = asked.get("actions").get(0);
		assertThat(action.at("/form/data/planningInformationRequest").asText())
			.isEqualTo("Please send the elevation facing the street.");
		assertThat(action.at("/form/data").has("fireSafetyNotes")).as("the clerks' notes stay theirs").isFalse();
		ResponseEntity<JsonNode> elevation = this.api.upload(TestUsers.ANNA,
				"/api/requests/" + reference + "/attachments?field=files::elevation", "elevation.pdf",
				EveryComponentIntegrationTest.PDF);
		assertThat(elevation.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<JsonNode> answered = this.api.post(TestUsers.ANNA,
				"/api/requests/" + reference + "/actions/" + action.get("id").asText(), """
						{ "planningAdditionalInformation": "Attached, as asked.",
						  "planningAdditionalDocuments": "files::elevation" }""");
		assertThat(answered.getStatusCode()).as("%s", answered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

		String secondReview = claimed(TestUsers.PAUL, reference);
		assertThat(task(TestUsers.PAUL, secondReview).at("/form/data/planningAdditionalInformation").asText())
			.isEqualTo("Attached, as asked.");
		complete(TestUsers.PAUL, secondReview,
				"{ \"planningOpinion\": \"conditions\", \"planningNotes\": \"Roof no higher than the neighbours'.\" }");
		String schedule = claimed(TestUsers.PAUL, reference);
		complete(TestUsers.PAUL, schedule,
				"{ \"inspectionDate\": \"2030-01-15T10:30+01:00\", \"inspectionNotes\": \"Have the plans at hand.\" }");
		runDueJobs(instance);

		JsonNode scheduled = request(reference);
		assertThat(scheduled.get("status").asText()).isEqualTo("inspection-scheduled");
		assertThat(scheduled.at("/outcome/inspectionNotes").asText()).isEqualTo("Have the plans at hand.");
		JsonNode messages = this.api.get(TestUsers.ANNA, "/api/requests/" + reference + "/messages").getBody();
		assertThat(messages.findValuesAsText("body"))
			.anySatisfy((body) -> assertThat(body).contains("15 January 2030, 09:30 UTC"));
		assertThat(this.api.taskOf(TestUsers.PAUL, reference)).as("nothing to do before the date").isEmpty();
		Job inspectionDue = this.managementService.createJobQuery()
			.processInstanceId(instance)
			.timers()
			.activityId("InspectionDue")
			.singleResult();
		this.managementService.executeJob(inspectionDue.getId());
		String record = claimed(TestUsers.PAUL, reference);
		complete(TestUsers.PAUL, record,
				"{ \"inspectionResult\": \"passed\", \"inspectionReport\": \"The site matches the plans.\" }");

		assertThat(this.api.taskOf(TestUsers.PAUL, reference)).as("the board decides, not planning").isEmpty();
		String decision = claimed(TestUsers.SOFIA, reference);
		JsonNode board = task(TestUsers.SOFIA, decision);
		assertThat(board.at("/form/data/planningOpinion").asText()).isEqualTo("conditions");
		assertThat(board.at("/form/data/fireSafetyNotes").asText()).isEqualTo("Two exits, both clear.");
		assertThat(board.at("/form/data/inspectionResult").asText()).isEqualTo("passed");
		complete(TestUsers.SOFIA, decision, """
				{ "decision": "approve", "permitConditions": "Roof no higher than the neighbours'.",
				  "planningOpinion": "favourable" }""");
		runDueJobs(instance);

		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
		JsonNode granted = request(reference);
		assertThat(granted.get("status").asText()).isEqualTo("approved");
		assertThat(granted.at("/outcome/permitNumber").asText()).isEqualTo("PERMIT-" + reference);
		assertThat(granted.at("/outcome/permitConditions").asText()).isEqualTo("Roof no higher than the neighbours'.");
		assertThat(granted.get("timeline").findValuesAsText("code")).containsSubsequence("submitted", "paid",
				"under-review", "planning-information-requested", "under-review", "inspection-scheduled", "inspected",
				"approved");
		assertThat(granted.at("/data/structures/1/floorArea").asDouble()).isEqualTo(24.5);
		assertThat(this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.variableName("planningOpinion")
			.singleResult()
			.getValue()).as("a read-only field of the board's form keeps planning's opinion").isEqualTo("conditions");
	}

	@Test
	void aClerkOfOneDepartmentCannotGiveTheOthersOpinion() {
		ResponseEntity<JsonNode> plans = this.api.upload(TestUsers.OMAR,
				SERVICE + "/draft/attachments?field=files::plans1", "plans.pdf", EveryComponentIntegrationTest.PDF);
		assertThat(plans.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<JsonNode> submitted = this.api.post(TestUsers.OMAR, SERVICE + "/requests", APPLICATION);
		assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.CREATED);
		String reference = submitted.getBody().get("reference").asText();
		runDueJobs(processInstanceOf(reference));
		payInSandbox(TestUsers.OMAR, reference);

		String fireReview = claimed(TestUsers.FIONA, reference);
		ResponseEntity<JsonNode> refused = this.api.post(TestUsers.FIONA, "/api/tasks/" + fireReview + "/complete",
				"{ \"fireSafetyOpinion\": \"favourable\", \"fireSafetyNotes\": \"Fine.\", \"planningOpinion\": \"favourable\" }");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().get("errors").has("planningOpinion")).isTrue();
		assertThat(this.runtimeService.getVariable(processInstanceOf(reference), "planningOpinion")).isNull();
		assertThat(this.api.taskOf(TestUsers.PAUL, reference)).as("planning's review still open").isPresent();
	}

	private JsonNode request(String reference) {
		return this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
	}

	private JsonNode task(String clerk, String task) {
		return this.api.get(clerk, "/api/tasks/" + task).getBody();
	}

	private String claimed(String clerk, String reference) {
		String task = this.api.taskOf(clerk, reference).orElseThrow();
		assertThat(this.api.post(clerk, "/api/tasks/" + task + "/claim", null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		return task;
	}

	private void complete(String clerk, String task, String json) {
		ResponseEntity<JsonNode> completed = this.api.post(clerk, "/api/tasks/" + task + "/complete", json);
		assertThat(completed.getStatusCode()).as("%s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

}
