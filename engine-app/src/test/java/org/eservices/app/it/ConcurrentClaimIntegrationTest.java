package org.eservices.app.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clerks of one department claiming the same review at the same moment, as the load test
 * makes them: one gets it, every other is told it is taken (409), none sees a server
 * error, and the task has one assignee.
 */
class ConcurrentClaimIntegrationTest extends PostgresIntegrationTest {

	private static final int CLAIMS = 8;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Test
	void oneOfManySimultaneousClaimsWinsAndTheOthersAreToldItIsTaken() throws Exception {
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Claimed At Once Cafe");
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		List<Integer> statuses = atOnce((i) -> "/api/tasks/" + task + "/claim", "{}");

		assertThat(statuses).as("no server error").allSatisfy((status) -> assertThat(status).isIn(204, 409));
		String assignee = this.tasks.createTaskQuery().taskId(task).singleResult().getAssignee();
		assertThat(assignee).isIn(TestUsers.CLARA, TestUsers.CLARA_COLLEAGUE);
		// the winner's own claims answer 204 again; the other clerk's are all 409
		String other = TestUsers.CLARA.equals(assignee) ? TestUsers.CLARA_COLLEAGUE : TestUsers.CLARA;
		assertThat(this.api.post(other, "/api/tasks/" + task + "/claim", "{}").getStatusCode().value()).isEqualTo(409);
	}

	/**
	 * Both clerks approving the same review at once, each without claiming it first, and
	 * others claiming it meanwhile: the case is decided once, and everyone else is told
	 * that the task was taken or done (409), never a server error, also when the engine
	 * finds the task's execution gone under it or the task is already done when their
	 * call arrives.
	 */
	@Test
	void simultaneousDecisionsOfOneReviewDecideItOnceAndTellTheOthers() throws Exception {
		for (int round = 1; round <= 3; round++) {
			String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Decided At Once Cafe " + round);
			String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
			List<Integer> statuses = atOnce((i) -> "/api/tasks/" + task + ((i % 4 == 3) ? "/claim" : "/complete"),
					"{\"decision\": \"approve\"}");

			assertThat(statuses).as("no server error in round " + round)
				.allSatisfy((status) -> assertThat(status).isIn(204, 409));
			assertThat(statuses).as("one decision").contains(204);
			assertThat(this.history.createHistoricTaskInstanceQuery()
				.processInstanceBusinessKey(reference)
				.taskDefinitionKey("ReviewApplication")
				.count()).as("the review was not given again").isEqualTo(1);
			assertThat(this.history.createHistoricTaskInstanceQuery().taskId(task).finished().count())
				.as("the review is decided")
				.isEqualTo(1);
			// a clerk of the department acting late is told it is done; another
			// department's
			// clerk learns nothing of it
			assertThat(this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/claim", "{}").getStatusCode().value())
				.isEqualTo(409);
			assertThat(this.api.post(TestUsers.PETRA, "/api/tasks/" + task + "/claim", "{}").getStatusCode().value())
				.isEqualTo(404);
		}
	}

	/** The same call by the two clerks in turn, all released at one moment. */
	private List<Integer> atOnce(IntFunction<String> path, String body) {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clerks = Executors.newFixedThreadPool(CLAIMS);
		List<CompletableFuture<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < CLAIMS; i++) {
			String clerk = (i % 2 == 0) ? TestUsers.CLARA : TestUsers.CLARA_COLLEAGUE;
			String address = path.apply(i);
			answers.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return this.api.post(clerk, address, body).getStatusCode().value();
			}, clerks));
		}
		start.countDown();
		List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
		clerks.shutdown();
		return statuses;
	}

}
