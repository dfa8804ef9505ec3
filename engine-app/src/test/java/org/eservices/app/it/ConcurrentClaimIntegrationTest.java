package org.eservices.app.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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

	@Test
	void oneOfManySimultaneousClaimsWinsAndTheOthersAreToldItIsTaken() throws Exception {
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Claimed At Once Cafe");
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clerks = Executors.newFixedThreadPool(CLAIMS);
		List<CompletableFuture<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < CLAIMS; i++) {
			String clerk = (i % 2 == 0) ? TestUsers.CLARA : TestUsers.CLARA_COLLEAGUE;
			answers.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return this.api.post(clerk, "/api/tasks/" + task + "/claim", "{}").getStatusCode().value();
			}, clerks));
		}
		start.countDown();
		List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
		clerks.shutdown();

		assertThat(statuses).as("no server error").allSatisfy((status) -> assertThat(status).isIn(204, 409));
		String assignee = this.tasks.createTaskQuery().taskId(task).singleResult().getAssignee();
		assertThat(assignee).isIn(TestUsers.CLARA, TestUsers.CLARA_COLLEAGUE);
		// the winner's own claims answer 204 again; the other clerk's are all 409
		String other = TestUsers.CLARA.equals(assignee) ? TestUsers.CLARA_COLLEAGUE : TestUsers.CLARA;
		assertThat(this.api.post(other, "/api/tasks/" + task + "/claim", "{}").getStatusCode().value()).isEqualTo(409);
	}

}
