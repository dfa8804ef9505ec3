package org.eservices.app.it;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.eservices.portal.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's service-level watch (process {@code sla-watch}, an engine timer) on
 * PostgreSQL: a task due within a working day reminds its clerks once; a late one is
 * escalated once to its department's supervisors, who are told, and shows as escalated in
 * the inbox; the breach is counted; nothing goes to the citizen.
 */
class SlaWatchIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	TaskService taskService;

	@Test
	void aTaskSoonDueIsRemindedOnceAndALateOneEscalatedOnceToTheSupervisors() {
		endOpenCases();
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Tardy Tarts");
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		WorkingCalendar week = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), (day) -> false);
		LocalDate nextWorkingDay = week.plusWorkingDays(LocalDate.now(ZoneOffset.UTC), 1);
		this.taskService.setDueDate(task, Date.from(nextWorkingDay.atTime(17, 0).toInstant(ZoneOffset.UTC)));

		runWatch();
		runWatch();

		assertThat(emailsTo("clara@staff.example", "Due ")).as("reminded once").hasSize(1);
		assertThat(emailsTo("carl@staff.example", "Due ")).as("the other licensing clerk too").hasSize(1);
		assertThat(emailsTo("sven@staff.example", "Late")).isEmpty();

		this.taskService.setDueDate(task, Date.from(Instant.now().minus(1, ChronoUnit.HOURS)));
		double breachesBefore = breaches();
		runWatch();
		runWatch();

		List<String> escalations = emailsTo("sven@staff.example", "Late");
		assertThat(escalations).as("the supervisor of licensing, once").hasSize(1);
		assertThat(escalations.get(0)).contains(reference);
		assertThat(emailsTo("clara@staff.example", "Late")).as("clerks are not supervisors").isEmpty();
		assertThat(emailsTo("rosa@staff.example", "Late")).as("another department's").isEmpty();
		JsonNode row = this.api.inboxRow(TestUsers.SUPERVISOR, reference, new HttpHeaders()).orElseThrow();
		assertThat(row.get("escalated").asBoolean()).isTrue();
		assertThat(breaches()).isEqualTo(breachesBefore + 1);
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + reference + "/messages").getBody().toString())
			.as("the citizen sees none of it")
			.doesNotContain("Late:", "Due ");
	}

	private void runWatch() {
		Job timer = this.managementService.createJobQuery().processDefinitionKey("sla-watch").timers().singleResult();
		this.managementService.executeJob(timer.getId());
	}

	private List<String> emailsTo(String recipient, String subjectStart) {
		return this.jdbc.queryForList(
				"select body from notification where recipient = ? and subject like ? and channel = 'EMAIL'",
				String.class, recipient, subjectStart + "%");
	}

	private double breaches() {
		String metrics = this.rest
			.exchange(MetricsIntegrationTest.PATH, org.springframework.http.HttpMethod.GET,
					new org.springframework.http.HttpEntity<>(bearer()), String.class)
			.getBody();
		return metrics.lines()
			.filter((line) -> line.startsWith("eservices_sla_breaches_total{") && line.contains("business-licence"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElse(0);
	}

	private static HttpHeaders bearer() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(MetricsIntegrationTest.SCRAPE_TOKEN);
		return headers;
	}

}
