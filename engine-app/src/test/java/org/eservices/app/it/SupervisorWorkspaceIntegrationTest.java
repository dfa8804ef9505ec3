package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor gives the tasks of their departments to the clerks of those departments,
 * one at a time or several at once; nobody else gives tasks, and a clerk of another
 * department cannot be given one. A refused change leaves the task as it was.
 */
class SupervisorWorkspaceIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	TaskService taskService;

	@Test
	void aSupervisorGivesATaskToAClerkOfItsDepartmentOnly() {
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Assigned Apiary");
		String task = this.api.taskOf(TestUsers.SUPERVISOR, reference).orElseThrow();

		JsonNode clerks = this.api.get(TestUsers.SUPERVISOR, "/api/tasks/assignees").getBody();
		assertThat(clerks.findValuesAsText("userId")).contains(TestUsers.CLARA, TestUsers.CLARA_COLLEAGUE)
			.doesNotContain(TestUsers.ROSA, TestUsers.ANNA);
		assertThat(this.api.get(TestUsers.CLARA, "/api/tasks/assignees").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		ResponseEntity<JsonNode> toRegistry = assign(TestUsers.SUPERVISOR, task, TestUsers.ROSA);
		assertThat(toRegistry.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(toRegistry.getBody().at("/errors/assignee/0").asText()).contains("department");
		ResponseEntity<JsonNode> toCitizen = assign(TestUsers.SUPERVISOR, task, TestUsers.ANNA);
		assertThat(toCitizen.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<JsonNode> byClerk = assign(TestUsers.CLARA, task, TestUsers.CLARA_COLLEAGUE);
		assertThat(byClerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(assigneeOf(task)).as("nothing changed").isNull();

		assertThat(assign(TestUsers.SUPERVISOR, task, TestUsers.CLARA_COLLEAGUE).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(assigneeOf(task)).isEqualTo(TestUsers.CLARA_COLLEAGUE);
		assertThat(assign(TestUsers.SUPERVISOR, task, TestUsers.CLARA).getStatusCode()).as("a supervisor moves it on")
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(assigneeOf(task)).isEqualTo(TestUsers.CLARA);
	}

	@Test
	void severalTasksAtOnceEachOnItsOwn() {
		String first = this.api.taskOf(TestUsers.CLARA, submitPaidBusinessLicence(TestUsers.ANNA, "Bulk Bakery"))
			.orElseThrow();
		String second = this.api.taskOf(TestUsers.CLARA, submitPaidBusinessLicence(TestUsers.OMAR, "Batch Brewery"))
			.orElseThrow();
		this.api.post(TestUsers.CLARA_COLLEAGUE, "/api/tasks/" + second + "/claim", null);

		JsonNode claimed = this.api
			.post(TestUsers.CLARA, "/api/tasks/bulk", "{ \"tasks\": [\"" + first + "\", \"" + second + "\"] }")
			.getBody();
		assertThat(claimed.get("done")).hasSize(1);
		assertThat(claimed.get("done").get(0).asText()).isEqualTo(first);
		assertThat(claimed.at("/refused/" + second).asText()).contains(TestUsers.CLARA_COLLEAGUE);
		assertThat(assigneeOf(second)).isEqualTo(TestUsers.CLARA_COLLEAGUE);

		JsonNode given = this.api
			.post(TestUsers.SUPERVISOR, "/api/tasks/bulk",
					"{ \"tasks\": [\"" + first + "\", \"" + second + "\"], \"assignee\": \"" + TestUsers.CLARA_COLLEAGUE
							+ "\" }")
			.getBody();
		assertThat(given.get("done")).hasSize(2);
		assertThat(assigneeOf(first)).isEqualTo(TestUsers.CLARA_COLLEAGUE);
		assertThat(this.api.post(TestUsers.CLARA, "/api/tasks/bulk", "{ \"tasks\": [] }").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private ResponseEntity<JsonNode> assign(String user, String task, String assignee) {
		return this.api.post(user, "/api/tasks/" + task + "/assign", "{ \"assignee\": \"" + assignee + "\" }");
	}

	private String assigneeOf(String task) {
		return this.taskService.createTaskQuery().taskId(task).singleResult().getAssignee();
	}

}
