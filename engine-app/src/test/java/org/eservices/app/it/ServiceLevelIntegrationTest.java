package org.eservices.app.it;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eservices.portal.calendar.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business calendar on PostgreSQL: the holidays an admin keeps, a clerk's due date in
 * working days from the engine's own calendar, and the citizen's "decision expected by",
 * which counts from payment and moves by the working days the citizen took to answer.
 */
class ServiceLevelIntegrationTest extends PostgresIntegrationTest {

	static final String CALENDAR = "/api/admin/calendar";

	@AfterEach
	void realTimeAndNoHolidays() {
		ClockUtil.reset();
		this.api.exchange(TestUsers.ROOT, HttpMethod.PUT, CALENDAR + "/holidays", "{ \"holidays\": [] }",
				new HttpHeaders());
	}

	@Test
	void adminsKeepTheHolidaysAndBadListsChangeNothing() {
		LocalDate holiday = LocalDate.now(ZoneOffset.UTC).plusDays(40);
		assertThat(putHolidays(TestUsers.ROOT,
				"{ \"holidays\": [ { \"date\": \"" + holiday + "\", \"name\": \"Founders' Day\" } ] }")
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		ResponseEntity<JsonNode> refused = putHolidays(TestUsers.ROOT,
				"{ \"holidays\": [ { \"date\": \"" + holiday + "\", \"name\": \"Again\" }, { \"date\": \"" + holiday
						+ "\", \"name\": \"Twice\" }, { \"name\": \"\" } ] }");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
		assertThat(refused.getBody().get("errors").fieldNames()).toIterable()
			.contains("holidays[2].date", "holidays[2].name");
		ResponseEntity<JsonNode> duplicate = putHolidays(TestUsers.ROOT, "{ \"holidays\": [ { \"date\": \"" + holiday
				+ "\", \"name\": \"Again\" }, { \"date\": \"" + holiday + "\", \"name\": \"Twice\" } ] }");
		assertThat(duplicate.getBody().get("errors").has("holidays[1].date")).isTrue();
		assertThat(putHolidays(TestUsers.CLARA, "{ \"holidays\": [] }").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		JsonNode calendar = this.api.get(TestUsers.ROOT, CALENDAR).getBody();
		assertThat(calendar.get("holidays").findValuesAsText("name")).containsExactly("Founders' Day");
		assertThat(calendar.get("workingDays")).hasSize(5);
		assertThat(this.api.get(TestUsers.ANNA, CALENDAR).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void theDecisionDateCountsWorkingDaysFromPaymentAndMovesWhileTheCitizenAnswers() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		WorkingCalendar plain = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), (day) -> false);
		LocalDate holiday = plain.plusWorkingDays(today, 2);
		putHolidays(TestUsers.ROOT, "{ \"holidays\": [ { \"date\": \"" + holiday + "\", \"name\": \"Feast\" } ] }");
		WorkingCalendar calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				Set.of(holiday)::contains);

		String reference = submitBusinessLicence(TestUsers.ANNA, "Punctual Pies");
		JsonNode unpaid = request(reference);
		assertThat(unpaid.at("/serviceLevel/workingDays").asInt()).isEqualTo(10);
		assertThat(unpaid.at("/serviceLevel").has("decisionExpectedBy")).as("the clock starts with payment").isFalse();
		payInSandbox(TestUsers.ANNA, reference);
		assertThat(request(reference).at("/serviceLevel/decisionExpectedBy").asText())
			.isEqualTo(calendar.plusWorkingDays(today, 10).toString());

		JsonNode review = this.api.inboxRow(TestUsers.CLARA, reference, new HttpHeaders()).orElseThrow();
		assertThat(review.get("dueInWorkingDays").asInt()).as("5 working days, by the business calendar").isEqualTo(5);
		assertThat(Instant.parse(review.get("due").asText()))
			.isEqualTo(calendar.plusWorkingDays(today, 5).atTime(23, 59, 59, 999_000_000).toInstant(ZoneOffset.UTC));

		String task = review.get("id").asText();
		this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/claim", null);
		this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/complete",
				"{ \"decision\": \"moreInfo\", \"informationRequest\": \"Please send the floor plan.\" }");
		JsonNode asked = request(reference);
		assertThat(asked.at("/serviceLevel/waitingForCitizen").asBoolean()).isTrue();

		// the citizen answers a week later
		Instant weekLater = Instant.now().plus(7, ChronoUnit.DAYS);
		ClockUtil.setCurrentTime(Date.from(weekLater));
		String action = asked.at("/actions/0/id").asText();
		assertThat(this.api
			.post(TestUsers.ANNA, "/api/requests/" + reference + "/actions/" + action,
					"{ \"additionalInformation\": \"The floor plan is attached.\" }")
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode answered = request(reference);
		int waited = calendar.workingDaysBetween(today, LocalDate.ofInstant(weekLater, ZoneOffset.UTC));
		assertThat(answered.at("/serviceLevel/waitingForCitizen").asBoolean()).isFalse();
		assertThat(answered.at("/serviceLevel/pausedWorkingDays").asInt()).isEqualTo(waited);
		assertThat(answered.at("/serviceLevel/decisionExpectedBy").asText())
			.isEqualTo(calendar.plusWorkingDays(today, 10 + waited).toString());
	}

	private JsonNode request(String reference) {
		return this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
	}

	private ResponseEntity<JsonNode> putHolidays(String user, String json) {
		return this.api.exchange(user, HttpMethod.PUT, CALENDAR + "/holidays", json, new HttpHeaders());
	}

}
