package org.eservices.app.it;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing personal outlives its retention: with rows made old (the clock cannot go back),
 * the dry run lists what is due and removes nothing; the engine's nightly run then
 * removes a decided request past its e-service's months (its documents, case and
 * messages; its payment and licence stay as retained records), untouched drafts, old
 * message texts, old audit entries and retained records at the end of their period, and
 * keeps everything younger, and a building permit, whose e-service keeps its requests for
 * ten years.
 */
class RetentionIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	TestClock clock;

	@Autowired
	HistoryService historyService;

	/** Anna's draft is other tests' too. */
	@AfterEach
	void withoutAnnasDraft() {
		this.api.exchange(TestUsers.ANNA, HttpMethod.DELETE, "/api/services/business-licence/draft", null,
				new HttpHeaders());
	}

	@Test
	void theNightlyRunRemovesWhatOutlivedItsRetentionAndKeepsTheRest() {
		Instant now = this.clock.instant();
		Timestamp thirteenMonthsAgo = Timestamp.from(now.atOffset(ZoneOffset.UTC).minusMonths(13).toInstant());

		String old = decided("Long Gone Grocer");
		this.api.upload(TestUsers.ANNA, "/api/requests/" + old + "/attachments", "old-lease.pdf",
				AttachmentIntegrationTest.PDF);
		String oldInstance = this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(old)
			.singleResult()
			.getId();
		this.jdbc.update("update service_request set closed_at = ? where reference = ?", thirteenMonthsAgo, old);
		String recent = decided("Still Here Grocer");
		this.api.upload(TestUsers.ANNA,
				BuildingPermitJourneyIntegrationTest.SERVICE + "/draft/attachments?field=files::plans1", "plan.pdf",
				AttachmentIntegrationTest.PDF);
		String permit = this.api
			.post(TestUsers.ANNA, BuildingPermitJourneyIntegrationTest.SERVICE + "/requests",
					BuildingPermitJourneyIntegrationTest.APPLICATION)
			.getBody()
			.get("reference")
			.asText();
		this.jdbc.update("update service_request set closed_at = ? where reference = ?", thirteenMonthsAgo, permit);

		this.api.exchange(TestUsers.OMAR, HttpMethod.PUT, "/api/services/business-licence/draft",
				Applications.valid("Forgotten Draft"), new HttpHeaders());
		this.jdbc.update("update request_draft set saved_at = ? where citizen_id = ? and service_key = ?",
				Timestamp.from(now.minus(Duration.ofDays(31))), TestUsers.OMAR, "business-licence");
		this.api.exchange(TestUsers.ANNA, HttpMethod.PUT, "/api/services/business-licence/draft",
				Applications.valid("Fresh Draft"), new HttpHeaders());
		this.jdbc.update("update notification set created_at = ? where business_key = ?",
				Timestamp.from(now.minus(Duration.ofDays(91))), recent);
		this.jdbc.update("""
				insert into audit_event (occurred_at, kind, actor, subject, detail)
				values (?, 'SIGN_IN', 'someone', 'someone', 'Signed in three years ago')""",
				Timestamp.from(now.atOffset(ZoneOffset.UTC).minusYears(3).toInstant()));
		this.jdbc.update("""
				insert into retained_record (reference, kind, fields, reason, kept_until)
				values ('XX-2010-000001', 'payments', '{}', 'Accounting', ?)""", Timestamp.from(now.minusSeconds(60)));

		ResponseEntity<JsonNode> previewed = this.api.get(TestUsers.ROOT, "/api/admin/retention");
		assertThat(previewed.getStatusCode()).as("%s", previewed.getBody()).isEqualTo(HttpStatus.OK);
		JsonNode preview = previewed.getBody();
		assertThat(preview.get("dryRun").asBoolean()).isTrue();
		assertThat(preview.get("requests").toString()).contains(old).doesNotContain(recent, permit);
		assertThat(preview.get("drafts").asLong()).isPositive();
		assertThat(preview.get("messageBodies").asLong()).isPositive();
		assertThat(preview.get("auditEntries").asLong()).isPositive();
		assertThat(preview.get("retainedRecords").asLong()).isPositive();
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + old).getStatusCode()).as("a dry run removes nothing")
			.isEqualTo(HttpStatus.OK);
		assertThat(this.api.get(TestUsers.CLARA, "/api/admin/retention").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		this.managementService.executeJob(this.managementService.createJobQuery()
			.processDefinitionKey("data-retention")
			.timers()
			.singleResult()
			.getId());

		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + old).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from attachment where reference = ?", Long.class, old))
			.isZero();
		assertThat(this.historyService.createHistoricProcessInstanceQuery().processInstanceId(oldInstance).count())
			.isZero();
		assertThat(
				this.jdbc.queryForObject("select count(*) from notification where business_key = ?", Long.class, old))
			.isZero();
		assertThat(this.jdbc.queryForList("select kind from retained_record where reference = ? order by kind",
				String.class, old))
			.containsExactly("decision", "payments");
		assertThat(this.jdbc
			.queryForObject("select min(kept_until) from retained_record where reference = ?", Timestamp.class, old)
			.toInstant()).as("the platform's ten years, the business licence saying nothing else")
			.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(10).minusDays(1).toInstant());
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + recent).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + permit).getStatusCode())
			.as("the building permit's own retention is ten years")
			.isEqualTo(HttpStatus.OK);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from request_draft where citizen_id = ? and service_key = 'business-licence'",
				Long.class, TestUsers.OMAR))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from request_draft where citizen_id = ? and service_key = 'business-licence'",
				Long.class, TestUsers.ANNA))
			.isOne();
		assertThat(this.jdbc.queryForList("select body from notification where business_key = ?", String.class, recent))
			.isNotEmpty()
			.allSatisfy((body) -> assertThat(body).isEmpty());
		assertThat(this.jdbc
			.queryForObject("select count(*) from audit_event where detail = 'Signed in three years ago'", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from retained_record where reference = 'XX-2010-000001'",
				Long.class))
			.isZero();
		assertThat(this.api.audit(TestUsers.ROOT, "kind=RETENTION_RUN").get(0).get("detail").asText())
			.startsWith("Removed after their retention: requests ");
		assertThat(this.managementService.createJobQuery().processDefinitionKey("data-retention").timers().count())
			.as("the next night's run is scheduled")
			.isOne();
	}

	private String decided(String businessName) {
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, businessName);
		String review = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		this.api.post(TestUsers.CLARA, "/api/tasks/" + review + "/complete", "{\"decision\": \"approve\"}");
		runDueJobs(processInstanceOf(reference));
		return reference;
	}

}
