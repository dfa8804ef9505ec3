package org.eservices.app.it;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.eservices.portal.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting dashboard on PostgreSQL against a known set of business licence requests:
 * a draft, one approved the day it was paid, one rejected three weeks after its payment
 * (late for the 10-working-day target), one left unpaid; each figure is what those
 * requests make it, and only supervisors of the service's department and admins see it.
 */
class ReportsIntegrationTest extends PostgresIntegrationTest {

	private static final String SERVICE = "business-licence";

	private static final String REPORT = "/api/reports?service=" + SERVICE;

	@Test
	void everyFigureIsWhatTheRequestsMadeIt() {
		endOpenCases();
		this.jdbc.update("delete from report_figure");

		assertThat(this.api
			.exchange(TestUsers.OMAR, HttpMethod.PUT, "/api/services/" + SERVICE + "/draft",
					"{\"businessName\": \"Half-done Deli\"}", new HttpHeaders())
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		String approved = submitPaidBusinessLicence(TestUsers.ANNA, "Prompt Pastries");
		decide(approved, "{\"decision\": \"approve\"}");

		String rejected = submitPaidBusinessLicence(TestUsers.OMAR, "Tardy Tacos");
		Instant paidLongAgo = Instant.now().minus(21, ChronoUnit.DAYS);
		this.jdbc.update("update payment set paid_at = ? where business_key = ?", java.sql.Timestamp.from(paidLongAgo),
				rejected);
		decide(rejected, "{\"decision\": \"reject\", \"rejectionReason\": \"No premises.\"}");
		String unpaid = submitBusinessLicence(TestUsers.ANNA, "Pending Pies");

		JsonNode report = this.api.get(TestUsers.SUPERVISOR, REPORT).getBody();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(report.get("to").asText()).isEqualTo(today.toString());
		assertThat(report.get("from").asText()).isEqualTo(today.minusDays(29).toString());
		assertThat(report.get("interval").asText()).isEqualTo("day");
		assertThat(report.get("periods")).hasSize(30);

		JsonNode submissions = report.at("/submissions/0");
		assertThat(submissions.get("key").asText()).isEqualTo(SERVICE);
		assertThat(submissions.get("total").asLong()).isEqualTo(3);
		assertThat(submissions.get("counts").get(29).asLong()).as("all today").isEqualTo(3);

		assertThat(report.get("funnel").findValuesAsText("step")).containsExactly("draft_started", "submitted", "paid",
				"decided");
		assertThat(report.get("funnel").findValues("count").stream().map(JsonNode::asLong)).containsExactly(1L, 3L, 2L,
				2L);
		assertThat(report.at("/funnel/2/dropOffPercent").asInt()).as("one of three never paid").isEqualTo(33);

		int lateDays = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), (day) -> false)
			.workingDaysBetween(LocalDate.ofInstant(paidLongAgo, ZoneOffset.UTC), today);
		JsonNode processing = report.at("/processing/0");
		assertThat(processing.get("targetDays").asInt()).isEqualTo(10);
		assertThat(processing.get("decided").asLong()).isEqualTo(2);
		assertThat(processing.get("medianDays").asInt()).isZero();
		assertThat(processing.get("p90Days").asInt()).isEqualTo(lateDays);
		assertThat(processing.get("withinTarget").asLong()).isEqualTo(1);
		assertThat(processing.get("late").asLong()).isEqualTo(1);
		assertThat(processing.get("compliancePercent").asInt()).isEqualTo(50);

		assertThat(report.at("/openByAge/0/band").asText()).isEqualTo("0-7");
		assertThat(report.at("/openByAge/0/count").asLong()).as("the unpaid one").isEqualTo(1);
		assertThat(report.get("openByAge").findValues("count").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(1);

		assertThat(report.at("/clerks/0/id").asText()).isEqualTo(TestUsers.CLARA);
		assertThat(report.at("/clerks/0/completed").asLong()).isEqualTo(2);
		assertThat(report.at("/departments/0/id").asText()).isEqualTo("licensing");
		assertThat(report.at("/departments/0/completed").asLong()).isEqualTo(2);

		long paidMinor = this.jdbc.queryForObject(
				"select sum(amount_minor) from payment where paid_at is not null and business_key in (?, ?)",
				Long.class, approved, rejected);
		long refundedMinor = this.jdbc.queryForObject(
				"select amount_minor from payment where status = 'REFUNDED' and business_key = ?", Long.class,
				rejected);
		JsonNode fees = report.at("/fees/0");
		assertThat(fees.get("currency").asText()).isEqualTo("EUR");
		assertThat(fees.get("payments").asLong()).isEqualTo(2);
		assertThat(fees.get("totalCollected").decimalValue().movePointRight(2).longValueExact()).isEqualTo(paidMinor);
		assertThat(fees.get("refunds").asLong()).as("the rejected request's fee").isEqualTo(1);
		assertThat(fees.get("totalRefunded").decimalValue().movePointRight(2).longValueExact())
			.isEqualTo(refundedMinor);
		assertThat(fees.get("collected").get(29).decimalValue())
			.isEqualByComparingTo(fees.get("totalCollected").decimalValue());

		List<String> references = List.of(approved, rejected, unpaid);
		for (JsonNode channel : report.get("messages")) {
			long sent = this.jdbc.queryForObject(
					"select count(*) from notification where status = 'SENT' and lower(channel) = ?"
							+ " and business_key in (?, ?, ?)",
					Long.class, channel.get("channel").asText(), references.get(0), references.get(1),
					references.get(2));
			assertThat(channel.get("sent").asLong()).as("%s sent", channel.get("channel")).isEqualTo(sent);
		}
		assertThat(report.at("/messages/0/sent").asLong()).as("e-mails went out").isPositive();
		assertThat(report.at("/messages/0").has("deliveryRatePercent")).as("the sandbox reports no deliveries")
			.isFalse();

		// the same in a spreadsheet
		ResponseEntity<String> csv = this.api.exchangeText(TestUsers.SUPERVISOR,
				"/api/reports/export?service=" + SERVICE);
		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(csv.getHeaders().getContentDisposition().getFilename()).endsWith(today + ".csv");
		assertThat(csv.getBody()).startsWith("figure,period,service,item,value\r\n")
			.contains("funnel," + today.minusDays(29) + "/" + today + ",,submitted,3\r\n")
			.contains("compliance %," + today.minusDays(29) + "/" + today + ",Business licence application,,50\r\n");

		// by week, and for an admin over every service
		JsonNode weekly = this.api.get(TestUsers.ROOT, "/api/reports?interval=week").getBody();
		assertThat(weekly.get("interval").asText()).isEqualTo("week");
		assertThat(weekly.get("services").findValuesAsText("key")).contains(SERVICE, "building-permit");
		assertThat(weekly.at("/periods/0").asText()).isEqualTo(today.minusDays(29).toString());
		assertThat(weekly.get("periods").size()).isBetween(5, 6);
	}

	@Test
	void onlyTheServicesSupervisorsAndAdminsSee() {
		JsonNode sven = this.api.get(TestUsers.SUPERVISOR, "/api/reports").getBody();
		assertThat(sven.get("services").findValuesAsText("key")).as("the licensing supervisor's services")
			.contains(SERVICE)
			.doesNotContain("building-permit");
		assertThat(this.api.get(TestUsers.SUPERVISOR, "/api/reports?service=building-permit").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get(TestUsers.SOFIA, REPORT).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		for (String user : List.of(TestUsers.CLARA, TestUsers.ANNA)) {
			ResponseEntity<JsonNode> refused = this.api.get(user, "/api/reports");
			assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getBody().has("funnel")).isFalse();
			assertThat(this.api.exchangeText(user, "/api/reports/export").getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(this.rest.getForEntity("/api/reports", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aWrongPeriodIsAProblemWithEachParameterNamed() {
		ResponseEntity<JsonNode> wrong = this.api.get(TestUsers.ROOT, "/api/reports?from=yesterday&interval=month");
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(wrong.getHeaders().getContentType().toString()).contains("problem+json");
		assertThat(wrong.getBody().get("errors").fieldNames()).toIterable()
			.containsExactlyInAnyOrder("from", "interval");

		ResponseEntity<JsonNode> backwards = this.api.get(TestUsers.ROOT, "/api/reports?from=2026-05-02&to=2026-05-01");
		assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(backwards.getBody().get("errors").has("from")).isTrue();
		assertThat(this.api.get(TestUsers.ROOT, "/api/reports?from=2024-01-01&to=2026-01-01").getStatusCode())
			.as("more than a year")
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private void decide(String reference, String decision) {
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		assertThat(this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/complete", decision).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		runDueJobs(processInstanceOf(reference));
	}

}
