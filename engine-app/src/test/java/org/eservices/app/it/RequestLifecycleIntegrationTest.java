package org.eservices.app.it;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request from submission to decision, as citizen and clerks see it, and who sees what.
 */
class RequestLifecycleIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	TaskService taskService;

	@Test
	void clerkAsksForMoreInformationCitizenAnswersClerkApproves() {
		String reference = submit(TestUsers.ANNA, "Loop Bakery");
		String review = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();

		JsonNode task = this.api.get(TestUsers.CLARA, "/api/tasks/" + review).getBody();
		assertThat(task.at("/task/name").asText()).isEqualTo("Review application");
		assertThat(task.at("/form/schema/id").asText()).isEqualTo("business-licence-review");
		assertThat(task.at("/request/data/businessName").asText()).isEqualTo("Loop Bakery");

		ResponseEntity<JsonNode> incomplete = this.api.post(TestUsers.CLARA, "/api/tasks/" + review + "/complete",
				"{\"decision\": \"moreInfo\"}");
		assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(incomplete.getBody().at("/errors/informationRequest/0").asText()).isEqualTo("Field is required.");

		assertThat(this.api
			.post(TestUsers.CLARA, "/api/tasks/" + review + "/complete",
					"{\"decision\": \"moreInfo\", \"informationRequest\": \"Please send the floor plan.\"}")
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode waiting = this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
		assertThat(waiting.get("status").asText()).isEqualTo("information-requested");
		assertThat(waiting.get("actions")).hasSize(1);
		JsonNode action = waiting.get("actions").get(0);
		assertThat(action.at("/form/schema/id").asText()).isEqualTo("business-licence-more-info");
		assertThat(action.at("/form/data/informationRequest").asText()).isEqualTo("Please send the floor plan.");
		assertThat(action.at("/form/data").has("decision")).as("clerks' variables stay with the clerks").isFalse();

		String actionPath = "/api/requests/" + reference + "/actions/" + action.get("id").asText();
		assertThat(this.api.post(TestUsers.ANNA, actionPath, "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(
				this.api.post(TestUsers.OMAR, actionPath, "{\"additionalInformation\": \"not mine\"}").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.post(TestUsers.ANNA, actionPath, "{\"additionalInformation\": \"Floor plan: 40 m2.\"}")
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		String secondReview = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		assertThat(this.api.get(TestUsers.CLARA, "/api/tasks/" + secondReview)
			.getBody()
			.at("/form/data/additionalInformation")
			.asText()).isEqualTo("Floor plan: 40 m2.");
		assertThat(this.api
			.post(TestUsers.CLARA, "/api/tasks/" + secondReview + "/complete", "{\"decision\": \"approve\"}")
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.api.audit(TestUsers.ROOT, "kind=REQUEST_OPENED&actor=" + TestUsers.CLARA))
			.filteredOn((entry) -> reference.equals(entry.get("subject").asText()))
			.as("who read the applicant's data is kept")
			.isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.get("detail").asText()).contains("Review application"));
		assertThat(this.api.audit(TestUsers.ROOT, "kind=TASK_COMPLETED&actor=" + TestUsers.CLARA))
			.filteredOn((entry) -> reference.equals(entry.get("subject").asText()))
			.as("the audit log names who completed each review")
			.hasSize(2)
			.allSatisfy((entry) -> assertThat(entry.get("detail").asText()).contains("Review application"));
		assertThat(this.api.audit(TestUsers.ROOT, "kind=TASK_COMPLETED&actor=" + TestUsers.ANNA))
			.filteredOn((entry) -> reference.equals(entry.get("subject").asText()))
			.as("and who answered the request for information")
			.hasSize(1);
		runDueJobs(processInstanceOf(reference));

		JsonNode approved = this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
		assertThat(approved.get("status").asText()).isEqualTo("approved");
		assertThat(approved.get("statusLabel").asText()).isEqualTo("Approved");
		assertThat(approved.get("closed").asBoolean()).isTrue();
		assertThat(approved.at("/outcome/licenceNumber").asText()).isEqualTo("LIC-" + reference);
		assertThat(approved.get("timeline").findValuesAsText("code")).containsExactly("submitted", "paid",
				"under-review", "information-requested", "under-review", "approved");
		assertThat(approved.get("actions")).isEmpty();
	}

	/**
	 * An answer sent from a phone whose reply was lost is sent again with its key: the
	 * clerk gets it once, the citizen is told it went through, and the key cannot carry
	 * another answer.
	 */
	@Test
	void anAnswerSentAgainWithItsKeyIsTakenOnce() {
		String reference = submit(TestUsers.ANNA, "Twice Told Bakery");
		String review = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		this.api.post(TestUsers.CLARA, "/api/tasks/" + review + "/complete",
				"{\"decision\": \"moreInfo\", \"informationRequest\": \"Please send the floor plan.\"}");
		String action = this.api.get(TestUsers.ANNA, "/api/requests/" + reference)
			.getBody()
			.at("/actions/0/id")
			.asText();
		String path = "/api/requests/" + reference + "/actions/" + action;
		HttpHeaders key = new HttpHeaders();
		key.set("Idempotency-Key", "answer-" + reference);
		String answer = "{\"additionalInformation\": \"Floor plan: 40 m2.\"}";

		ResponseEntity<JsonNode> first = this.api.post(TestUsers.ANNA, path, answer, key);
		ResponseEntity<JsonNode> retry = this.api.post(TestUsers.ANNA, path, answer, key);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
		assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(this.api.audit(TestUsers.ROOT, "kind=TASK_COMPLETED&actor=" + TestUsers.ANNA))
			.filteredOn((entry) -> reference.equals(entry.get("subject").asText()))
			.as("answered once")
			.hasSize(1);
		ResponseEntity<JsonNode> other = this.api.post(TestUsers.ANNA, path, "{\"additionalInformation\": \"Other.\"}",
				key);
		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(other.getBody().get("detail").asText()).contains("already used for a different answer");
		String secondReview = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		assertThat(this.api.get(TestUsers.CLARA, "/api/tasks/" + secondReview)
			.getBody()
			.at("/form/data/additionalInformation")
			.asText()).isEqualTo("Floor plan: 40 m2.");
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody().get("actions")).isEmpty();

		HttpHeaders badKey = new HttpHeaders();
		badKey.set("Idempotency-Key", "not a key");
		assertThat(this.api.post(TestUsers.ANNA, path, answer, badKey).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void rejectionShowsTheReasonToTheCitizen() {
		String reference = submit(TestUsers.ANNA, "Rejected Kiosk");
		String review = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();

		this.api.post(TestUsers.CLARA, "/api/tasks/" + review + "/complete",
				"{\"decision\": \"reject\", \"rejectionReason\": \"Street trading is not allowed there.\"}");

		JsonNode rejected = this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
		assertThat(rejected.get("status").asText()).isEqualTo("rejected");
		assertThat(rejected.at("/outcome/rejectionReason").asText()).isEqualTo("Street trading is not allowed there.");
	}

	@Test
	void citizensSeeOnlyTheirOwnRequests() {
		String annas = submit(TestUsers.ANNA, "Anna's Own Shop");
		String omars = submit(TestUsers.OMAR, "Omar's Own Shop");

		assertThat(this.api.get(TestUsers.OMAR, "/api/requests/" + annas).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		JsonNode omarsList = this.api.get(TestUsers.OMAR, "/api/requests?size=100").getBody();
		assertThat(omarsList.get("content").findValuesAsText("reference")).contains(omars).doesNotContain(annas);
		JsonNode annasList = this.api.get(TestUsers.ANNA, "/api/requests?size=100").getBody();
		assertThat(annasList.get("content").get(0).get("reference").asText()).as("newest first").isEqualTo(annas);
		assertThat(this.api.get(TestUsers.CLARA, "/api/requests").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void clerksSeeOnlyTheirGroupsTasksAndClaimsAreExclusive() {
		String reference = submit(TestUsers.ANNA, "Claimed Shop");
		String review = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();

		assertThat(this.api.get(TestUsers.PETRA, "/api/tasks?size=100")
			.getBody()
			.get("content")
			.findValuesAsText("reference")).doesNotContain(reference);
		assertThat(this.api.get(TestUsers.PETRA, "/api/tasks/" + review).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.post(TestUsers.PETRA, "/api/tasks/" + review + "/claim", null).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get(TestUsers.ANNA, "/api/tasks").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(this.api.post(TestUsers.CLARA, "/api/tasks/" + review + "/claim", null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.api.get(TestUsers.CLARA, "/api/tasks/" + review).getBody().at("/task/assignee").asText())
			.isEqualTo(TestUsers.CLARA);
		assertThat(this.api.post(TestUsers.CLARA_COLLEAGUE, "/api/tasks/" + review + "/claim", null).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(this.api
			.post(TestUsers.CLARA_COLLEAGUE, "/api/tasks/" + review + "/complete", "{\"decision\": \"approve\"}")
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

		assertThat(this.api.post(TestUsers.CLARA, "/api/tasks/" + review + "/unclaim", null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.api.post(TestUsers.CLARA_COLLEAGUE, "/api/tasks/" + review + "/claim", null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void inboxFiltersByServiceAndPages() {
		submit(TestUsers.ANNA, "Paging Shop 1");
		submit(TestUsers.ANNA, "Paging Shop 2");

		JsonNode page = this.api.get(TestUsers.CLARA, "/api/tasks?service=business-licence&size=1").getBody();
		assertThat(page.get("content")).hasSize(1);
		assertThat(page.get("totalElements").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(page.get("content").get(0).get("serviceKey").asText()).isEqualTo("business-licence");
		assertThat(this.api.get(TestUsers.CLARA, "/api/tasks?service=no-such-service")
			.getBody()
			.get("totalElements")
			.asInt()).isZero();
	}

	@Test
	void inboxFiltersByDueDate() {
		String onTime = submit(TestUsers.ANNA, "Punctual Pottery");
		String late = submit(TestUsers.ANNA, "Belated Bikes");
		Task lateTask = this.taskService.createTaskQuery().processInstanceBusinessKey(late).singleResult();
		lateTask.setDueDate(Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
		this.taskService.saveTask(lateTask);

		Instant now = Instant.now();
		assertThat(referencesDueBefore(now)).as("overdue").contains(late).doesNotContain(onTime);
		assertThat(referencesDueBefore(now.plus(10, ChronoUnit.DAYS))).as("reviews are due in 5 working days")
			.contains(late, onTime);

		ResponseEntity<JsonNode> wrong = this.api.get(TestUsers.CLARA, "/api/tasks?dueBefore=tomorrow");
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(wrong.getHeaders().getContentType().toString()).startsWith("application/problem+json");
	}

	@Test
	void clerksReadTheirWorkspaceInArabic() {
		String reference = submit(TestUsers.OMAR, "Arabic Atelier");
		HttpHeaders arabic = new HttpHeaders();
		arabic.set(HttpHeaders.ACCEPT_LANGUAGE, "ar");
		JsonNode task = this.api.inboxRow(TestUsers.CLARA, reference, arabic).orElseThrow();
		assertThat(task.get("name").asText()).isEqualTo("مراجعة الطلب");
		assertThat(task.get("serviceName").asText()).isEqualTo("طلب ترخيص مزاولة نشاط تجاري");

		JsonNode detail = this.api
			.exchange(TestUsers.CLARA, HttpMethod.GET, "/api/tasks/" + task.get("id").asText(), null, arabic)
			.getBody();
		assertThat(detail.at("/form/schema/components").findValuesAsText("label")).contains("القرار");
		assertThat(detail.at("/request/statusLabel").asText()).isEqualTo("قيد المراجعة");
		assertThat(this.api.get(TestUsers.CLARA, "/api/tasks/" + task.get("id").asText())
			.getBody()
			.at("/task/name")
			.asText()).as("English without Accept-Language").isEqualTo("Review application");
	}

	private List<String> referencesDueBefore(Instant moment) {
		return this.api.get(TestUsers.CLARA, "/api/tasks?size=100&dueBefore=" + moment)
			.getBody()
			.get("content")
			.findValuesAsText("reference");
	}

	private String submit(String citizen, String businessName) {
		return submitPaidBusinessLicence(citizen, businessName);
	}

}
