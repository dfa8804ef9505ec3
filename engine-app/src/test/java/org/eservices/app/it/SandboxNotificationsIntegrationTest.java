package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With no provider keys (the zero-set-up case) messages land in the sandbox outbox, shown
 * by the dev mailbox; a retried job never sends twice.
 */
class SandboxNotificationsIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	TaskService taskService;

	@Autowired
	FailOnce failOnce;

	@BeforeEach
	void deploy() {
		NotifyTestProcess.deploy(this.repositoryService);
	}

	@Test
	void emailAndSmsLandInTheDevMailbox() {
		String instance = NotifyTestProcess.start(this.runtimeService, "NT-2026-000001");
		runJob(instance);
		runJob(instance);

		assertThat(this.taskService.createTaskQuery().processInstanceId(instance).count()).as("reached Done").isOne();
		JsonNode mailbox = this.api.get(TestUsers.ROOT, "/api/dev/mailbox?reference=NT-2026-000001").getBody();
		assertThat(mailbox).hasSize(2);
		JsonNode email = mailbox.get(0);
		assertThat(email.get("channel").asText()).isEqualTo("EMAIL");
		assertThat(email.get("to").asText()).isEqualTo("anna@example.org");
		assertThat(email.get("subject").asText()).isEqualTo("Request NT-2026-000001 received");
		assertThat(email.get("body").asText()).isEqualTo("Hello Anna,\n\nwe received your request NT-2026-000001.");
		assertThat(email.get("provider").asText()).isEqualTo("sandbox");
		assertThat(email.get("status").asText()).isEqualTo("SENT");
		JsonNode sms = mailbox.get(1);
		assertThat(sms.get("channel").asText()).isEqualTo("SMS");
		assertThat(sms.get("to").asText()).isEqualTo("+4930664040900");
		assertThat(sms.get("body").asText()).isEqualTo("NT-2026-000001: hello Anna, we received your request.");

		assertThat(this.api.get(TestUsers.ANNA, "/api/dev/mailbox").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aProcessWithALongKeyTakesTheTemplatesOfItsOwnFolder() {
		NotifyTestProcess.deploy(this.repositoryService, NotifyTestProcess.LONG_KEY);
		String instance = NotifyTestProcess.start(this.runtimeService, NotifyTestProcess.LONG_KEY, "NT-2026-000009");
		assertThat(this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(NotifyTestProcess.LONG_KEY)
			.singleResult()
			.getId()).as("an id without the key").doesNotContain(NotifyTestProcess.LONG_KEY);
		runJob(instance);

		JsonNode mailbox = this.api.get(TestUsers.ROOT, "/api/dev/mailbox?reference=NT-2026-000009").getBody();
		assertThat(mailbox.get(0).get("subject").asText()).isEqualTo("Long key: request NT-2026-000009 received");
	}

	@Test
	void aJobRetriedAfterTheMessageWasAcceptedDoesNotSendAgain() {
		String instance = NotifyTestProcess.start(this.runtimeService, "NT-2026-000002");
		this.failOnce.arm(instance);
		Job job = job(instance);

		assertThatThrownBy(() -> this.managementService.executeJob(job.getId())).hasMessageContaining("Simulated");
		assertThat(job(instance).getRetries()).as("retry pending").isLessThan(job.getRetries());
		this.managementService.executeJob(job.getId());

		assertThat(this.jdbc.queryForList(
				"select status || '/' || attempts from notification where business_key = ? and channel = 'EMAIL'",
				String.class, "NT-2026-000002"))
			.containsExactly("SENT/1");
		assertThat(job(instance).getId()).as("moved on to the SMS job").isNotEqualTo(job.getId());
	}

}
