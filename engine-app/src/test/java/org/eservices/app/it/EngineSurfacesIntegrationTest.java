package org.eservices.app.it;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eservices.app.it.WebappSession.ENGINE_API;

/**
 * The attacks of the engine surfaces, each refused with nothing changed: who may use the
 * Camunda webapps' API and the engine REST API, what each role may do there, and that a
 * task completed through them goes through its form as in the portal.
 */
class EngineSurfacesIntegrationTest extends PostgresIntegrationTest {

	private static final String ENGINE_REST = "/engine-rest";

	@Autowired
	TaskService taskService;

	private String reference;

	private String instance;

	@BeforeEach
	void aCaseWaitingForTheLicensingClerks() {
		this.reference = submitPaidBusinessLicence(TestUsers.ANNA, "Matrix Mart");
		this.instance = processInstanceOf(this.reference);
	}

	// citizens: the portal only

	@Test
	void aCitizenCannotForgeHerLicenceThroughTheWebappsApi() {
		String action = askAnnaForMoreInformation();
		Map<String, Object> before = variables();
		WebappSession anna = WebappSession.signIn(this.rest, TestUsers.ANNA, TestUsers.PASSWORD);

		assertRefused(anna.exchange(HttpMethod.PUT,
				ENGINE_API + "/process-instance/" + this.instance + "/variables/licenceNumber",
				"{\"value\": \"LIC-FORGED-1\"}"));
		assertRefused(
				anna.exchange(HttpMethod.PUT, ENGINE_API + "/task/" + action + "/variables/fee", "{\"value\": 0}"));
		assertRefused(anna.exchange(HttpMethod.POST, ENGINE_API + "/task/" + action + "/complete",
				"{\"variables\": {\"decision\": {\"value\": \"approve\"}}}"));
		assertRefused(anna.exchange(HttpMethod.POST, ENGINE_API + "/signal", "{\"name\": \"anything\"}"));
		assertRefused(anna.get("/camunda/app/tasklist/default/"));
		assertRefused(anna.get("/camunda/app/welcome/default/"));
		assertRefused(this.api.exchange(TestUsers.ANNA, HttpMethod.POST, ENGINE_REST + "/signal",
				"{\"name\": \"anything\"}", new HttpHeaders()));

		assertThat(variables()).isEqualTo(before);
		assertThat(this.taskService.createTaskQuery().taskId(action).count()).as("her task still waits").isOne();
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + this.reference).getBody().has("outcome")
				&& this.api.get(TestUsers.ANNA, "/api/requests/" + this.reference)
					.getBody()
					.at("/outcome/licenceNumber")
					.isTextual())
			.as("no licence number")
			.isFalse();
	}

	// clerks: the tasks of their departments, through the tasks' forms

	@Test
	void aClerkCannotChangeWhoOwnsARequestOrDeleteIt() {
		Map<String, Object> before = variables();
		WebappSession clara = WebappSession.signIn(this.rest, TestUsers.CLARA, TestUsers.PASSWORD);
		String review = reviewTask();

		assertRefused(clara.exchange(HttpMethod.PUT,
				ENGINE_API + "/process-instance/" + this.instance + "/variables/citizenId", "{\"value\": \"omar\"}"));
		assertRefused(clara.exchange(HttpMethod.POST, ENGINE_API + "/process-instance/" + this.instance + "/variables",
				"{\"modifications\": {\"citizenId\": {\"value\": \"omar\"}}}"));
		assertRefused(clara.exchange(HttpMethod.PUT, ENGINE_API + "/task/" + review + "/variables/citizenId",
				"{\"value\": \"omar\"}"));
		assertRefused(clara.exchange(HttpMethod.DELETE, ENGINE_API + "/process-instance/" + this.instance, null));
		assertRefused(
				clara.exchange(HttpMethod.POST, ENGINE_API + "/process-instance/" + this.instance + "/modification",
						"{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"ReviewApplication\"}]}"));
		long instances = this.runtimeService.createProcessInstanceQuery().count();
		assertThat(clara
			.exchange(HttpMethod.POST, ENGINE_API + "/process-definition/key/business-licence/start",
					"{\"variables\": {\"citizenId\": {\"value\": \"omar\"}}}")
			.getStatusCode()).as("the definition is not hers to see, let alone start").isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);

		assertThat(variables()).isEqualTo(before);
		assertThat(processStillWaitsForTheReview()).isTrue();
	}

	@Test
	void aClerksCompletionThroughTasklistGoesThroughTheReviewForm() {
		Map<String, Object> before = variables();
		WebappSession clara = WebappSession.signIn(this.rest, TestUsers.CLARA, TestUsers.PASSWORD);
		String review = reviewTask();
		String submitForm = ENGINE_API + "/task/" + review + "/submit-form";

		ResponseEntity<String> tooShort = clara.exchange(HttpMethod.POST, submitForm,
				"{\"variables\": {\"decision\": {\"value\": \"reject\"}, \"rejectionReason\": {\"value\": \"x\"}}}");
		assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooShort.getBody()).contains("rejectionReason", "Field must have minimum length of 10.");

		ResponseEntity<String> bogus = clara.exchange(HttpMethod.POST, submitForm,
				"{\"variables\": {\"decision\": {\"value\": \"bogus\"}}}");
		assertThat(bogus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bogus.getBody()).contains("decision");

		ResponseEntity<String> owner = clara.exchange(HttpMethod.POST, ENGINE_API + "/task/" + review + "/complete",
				"{\"variables\": {\"decision\": {\"value\": \"approve\"}, \"citizenId\": {\"value\": \"omar\"}}}");
		assertThat(owner.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(owner.getBody()).contains("citizenId");

		ResponseEntity<String> missing = clara.exchange(HttpMethod.POST, ENGINE_API + "/task/" + review + "/complete",
				"{}");
		assertThat(missing.getStatusCode()).as("the form's required decision").isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(variables()).isEqualTo(before);
		assertThat(processStillWaitsForTheReview()).isTrue();

		ResponseEntity<String> approved = clara.exchange(HttpMethod.POST, submitForm,
				"{\"variables\": {\"decision\": {\"value\": \"approve\"}}}");
		assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		runDueJobs(this.instance);
		JsonNode request = this.api.get(TestUsers.ANNA, "/api/requests/" + this.reference).getBody();
		assertThat(request.get("status").asText()).isEqualTo("approved");
		assertThat(request.at("/outcome/licenceNumber").asText()).as("the process's own step still sets it")
			.isEqualTo("LIC-" + this.reference);
	}

	@Test
	void aClerkOfAnotherDepartmentSeesNothingOfTheCase() {
		WebappSession petra = WebappSession.signIn(this.rest, TestUsers.PETRA, TestUsers.PASSWORD);
		String review = reviewTask();
		assertThat(petra.get(ENGINE_API + "/task/" + review).getStatusCode()).isIn(HttpStatus.NOT_FOUND,
				HttpStatus.FORBIDDEN);
		assertThat(petra.get(ENGINE_API + "/task?processInstanceId=" + this.instance).getBody()).isEqualTo("[]");
		assertThat(petra.get(ENGINE_API + "/variable-instance?processInstanceIdIn=" + this.instance).getBody())
			.isEqualTo("[]");
		assertRefused(petra.exchange(HttpMethod.POST, ENGINE_API + "/task/" + review + "/submit-form",
				"{\"variables\": {\"decision\": {\"value\": \"approve\"}}}"));
		assertThat(processStillWaitsForTheReview()).isTrue();
	}

	@Test
	void aClerkClaimsForHerselfOnlyAndASupervisorGivesTasksToTheDepartmentOnly() {
		String review = reviewTask();
		String assignee = ENGINE_API + "/task/" + review + "/assignee";
		WebappSession clara = WebappSession.signIn(this.rest, TestUsers.CLARA, TestUsers.PASSWORD);
		assertRefused(clara.exchange(HttpMethod.POST, ENGINE_API + "/task/" + review + "/claim",
				"{\"userId\": \"" + TestUsers.ANNA + "\"}"));
		assertRefused(clara.exchange(HttpMethod.POST, assignee, "{\"userId\": \"" + TestUsers.CLARA_COLLEAGUE + "\"}"));

		WebappSession supervisor = WebappSession.signIn(this.rest, TestUsers.SUPERVISOR, TestUsers.PASSWORD);
		assertRefused(supervisor.exchange(HttpMethod.POST, assignee, "{\"userId\": \"" + TestUsers.ANNA + "\"}"));
		assertRefused(supervisor.exchange(HttpMethod.POST, assignee, "{\"userId\": \"" + TestUsers.PETRA + "\"}"));
		assertThat(this.taskService.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();

		assertThat(supervisor.exchange(HttpMethod.POST, assignee, "{\"userId\": \"" + TestUsers.CLARA_COLLEAGUE + "\"}")
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.taskService.createTaskQuery().taskId(review).singleResult().getAssignee())
			.isEqualTo(TestUsers.CLARA_COLLEAGUE);
	}

	@Test
	void noOneButAnAdminMovesACaseByMessageOrReadsItsHistory() {
		String unpaid = submitBusinessLicence(TestUsers.ANNA, "Unpaid Unicorn");
		String waiting = processInstanceOf(unpaid);
		Map<String, Object> before = this.runtimeService.getVariables(waiting);
		String paid = "{\"messageName\": \"PaymentSucceeded\", \"businessKey\": \"" + unpaid + "\"}";
		for (String staff : List.of(TestUsers.CLARA, TestUsers.SUPERVISOR)) {
			WebappSession session = WebappSession.signIn(this.rest, staff, TestUsers.PASSWORD);
			assertRefused(session.exchange(HttpMethod.POST, ENGINE_API + "/message", paid));
			assertThat(
					session.get(ENGINE_API + "/history/variable-instance?processInstanceId=" + this.instance).getBody())
				.as("%s reads no case history", staff)
				.isEqualTo("[]");
		}
		assertRefused(engineRest(TestUsers.ADA, HttpMethod.POST, "/message", paid));

		assertThat(this.runtimeService.createEventSubscriptionQuery()
			.processInstanceId(waiting)
			.eventName("PaymentSucceeded")
			.count()).as("still waiting for the payment").isOne();
		assertThat(this.runtimeService.getVariables(waiting)).isEqualTo(before);
	}

	// the matrix: each role but admin, both surfaces, every case-changing call

	@Test
	void noOneButAnAdminChangesSuspendsMigratesOrDeletesACase() {
		Map<String, Object> before = variables();
		String review = reviewTask();
		String definition = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(this.instance)
			.singleResult()
			.getProcessDefinitionId();
		List<CaseChangingCalls.Call> calls = CaseChangingCalls.of(this.instance, definition, review);
		for (String user : List.of(TestUsers.ANNA, TestUsers.OMAR, TestUsers.CLARA, TestUsers.PETRA,
				TestUsers.SUPERVISOR, TestUsers.ADA)) {
			WebappSession webapps = WebappSession.signIn(this.rest, user, TestUsers.PASSWORD);
			for (CaseChangingCalls.Call call : calls) {
				assertThat(webapps.exchange(call.method(), ENGINE_API + call.path(), call.body()).getStatusCode())
					.as("%s through the webapps' API: %s", user, call)
					.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
				assertThat(engineRest(user, call.method(), call.path(), call.body()).getStatusCode())
					.as("%s through /engine-rest: %s", user, call)
					.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
			}
		}

		assertThat(variables()).isEqualTo(before);
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(this.instance).active().count())
			.as("neither deleted nor suspended")
			.isOne();
		assertThat(this.repositoryService.getProcessDefinition(definition).isSuspended()).isFalse();
		assertThat(this.taskService.createTaskQuery().taskId(review).singleResult().getTaskDefinitionKey())
			.isEqualTo("ReviewApplication");
		assertThat(this.managementService.createBatchQuery().count()).as("no batch was started").isZero();
	}

	@Test
	void anAdminMakesEachOfThoseCalls() {
		String definition = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(this.instance)
			.singleResult()
			.getProcessDefinitionId();
		for (CaseChangingCalls.Call call : CaseChangingCalls.of(this.instance, definition, reviewTask())) {
			assertThat(engineRest(TestUsers.ROOT, call.method(), call.path(), call.body()).getStatusCode()
				.is2xxSuccessful()).as("%s", call).isTrue();
			if (call.path().endsWith("/suspended")) {
				engineRest(TestUsers.ROOT, call.method(), call.path(),
						call.body().replace("\"suspended\": true", "\"suspended\": false"));
			}
		}
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(this.instance).count()).isZero();
		this.managementService.createBatchQuery()
			.list()
			.forEach((batch) -> this.managementService.deleteBatch(batch.getId(), true));
	}

	// analysts: models, not cases

	@Test
	void anAnalystDeploysAndReadsModelsButNotCases() {
		Map<String, Object> before = variables();
		String review = reviewTask();

		assertThat(
				engineRest(TestUsers.ADA, HttpMethod.GET, "/process-definition?key=business-licence", null).getBody())
			.isNotEmpty();
		assertThat(engineRest(TestUsers.ADA, HttpMethod.GET, "/variable-instance?processInstanceIdIn=" + this.instance,
				null)
			.getBody()).isEmpty();
		assertThat(engineRest(TestUsers.ADA, HttpMethod.GET,
				"/history/variable-instance?processInstanceId=" + this.instance, null)
			.getBody()).isEmpty();
		assertThat(
				engineRest(TestUsers.ADA, HttpMethod.GET, "/task?processInstanceId=" + this.instance, null).getBody())
			.isEmpty();
		assertRefused(engineRest(TestUsers.ADA, HttpMethod.POST, "/task/" + review + "/complete",
				"{\"variables\": {\"decision\": {\"value\": \"approve\"}}}"));
		assertRefused(engineRest(TestUsers.ADA, HttpMethod.PUT,
				"/process-instance/" + this.instance + "/variables/businessName", "{\"value\": \"Changed\"}"));
		assertRefused(engineRest(TestUsers.ADA, HttpMethod.DELETE, "/process-instance/" + this.instance, null));

		assertThat(variables()).isEqualTo(before);
		assertThat(processStillWaitsForTheReview()).isTrue();
	}

	// admins: everything, but the platform's own variables and e-service starts

	@Test
	void anAdminCannotWriteThePlatformsVariablesNorStartAnEServiceOutsideThePortal() {
		Map<String, Object> before = variables();
		ResponseEntity<JsonNode> forged = engineRest(TestUsers.ROOT, HttpMethod.PUT,
				"/process-instance/" + this.instance + "/variables/licenceNumber", "{\"value\": \"LIC-FORGED-1\"}");
		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(forged.getBody().get("message").asText()).contains("Only the platform sets licenceNumber");
		assertThat(engineRest(TestUsers.ROOT, HttpMethod.PUT,
				"/process-instance/" + this.instance + "/variables/citizenId", "{\"value\": \"omar\"}")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(variables()).isEqualTo(before);

		long instances = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("business-licence")
			.count();
		ResponseEntity<JsonNode> started = engineRest(TestUsers.ROOT, HttpMethod.POST,
				"/process-definition/key/business-licence/start", "{\"businessKey\": \"BL-2026-999999\"}");
		assertRefused(started);
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey("business-licence").count())
			.isEqualTo(instances);

		assertThat(engineRest(TestUsers.ROOT, HttpMethod.PUT,
				"/process-instance/" + this.instance + "/variables/businessName", "{\"value\": \"Matrix Market\"}")
			.getStatusCode()).as("the applicant's answers stay an admin's to correct").isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.runtimeService.getVariable(this.instance, "businessName")).isEqualTo("Matrix Market");
	}

	@Test
	void aCaseAnAdminDeletesIsWithdrawnInTheCitizensRequests() {
		ResponseEntity<JsonNode> deleted = engineRest(TestUsers.ROOT, HttpMethod.DELETE,
				"/process-instance/" + this.instance + "?skipCustomListeners=true", null);
		assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode request = this.api.get(TestUsers.ANNA, "/api/requests/" + this.reference).getBody();
		assertThat(request.get("status").asText()).isEqualTo("withdrawn");
		assertThat(request.get("timeline").findValuesAsText("code")).endsWith("withdrawn");
	}

	// staff keep their apps

	@Test
	void eachStaffRoleOpensItsOwnWebappsOnly() {
		assertThat(WebappSession.signIn(this.rest, TestUsers.CLARA, TestUsers.PASSWORD)
			.get("/camunda/app/tasklist/default/")
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertRefused(WebappSession.signIn(this.rest, TestUsers.CLARA, TestUsers.PASSWORD)
			.get("/camunda/app/cockpit/default/"));
		assertThat(WebappSession.signIn(this.rest, TestUsers.ADA, TestUsers.PASSWORD)
			.get("/camunda/app/cockpit/default/")
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertRefused(
				WebappSession.signIn(this.rest, TestUsers.ADA, TestUsers.PASSWORD).get("/camunda/app/admin/default/"));
		WebappSession sam = WebappSession.signIn(this.rest, TestUsers.SUPERVISOR, TestUsers.PASSWORD);
		assertThat(sam.get("/camunda/app/cockpit/default/").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(sam.get("/camunda/app/tasklist/default/").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(WebappSession.signIn(this.rest, TestUsers.ROOT, TestUsers.PASSWORD)
			.get("/camunda/app/admin/default/")
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.rest.getForEntity("/camunda/api/engine/engine/default/task", String.class).getStatusCode())
			.as("not signed in")
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private String askAnnaForMoreInformation() {
		ResponseEntity<JsonNode> asked = this.api.post(TestUsers.CLARA, "/api/tasks/" + reviewTask() + "/complete",
				"{\"decision\": \"moreInfo\", \"informationRequest\": \"Please send the floor plan.\"}");
		assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		runDueJobs(this.instance);
		Task action = this.taskService.createTaskQuery()
			.processInstanceId(this.instance)
			.taskAssignee(TestUsers.ANNA)
			.singleResult();
		return action.getId();
	}

	private String reviewTask() {
		return this.api.taskOf(TestUsers.CLARA, this.reference).orElseThrow();
	}

	private boolean processStillWaitsForTheReview() {
		return this.api.taskOf(TestUsers.CLARA, this.reference).isPresent();
	}

	private Map<String, Object> variables() {
		return this.runtimeService.getVariables(this.instance);
	}

	private ResponseEntity<JsonNode> engineRest(String user, HttpMethod method, String path, String json) {
		return this.api.exchange(user, method, ENGINE_REST + path, json, new HttpHeaders());
	}

	private static void assertRefused(ResponseEntity<?> response) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
	}

}
