package org.eservices.app.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SubmissionIntegrationTest extends PostgresIntegrationTest {

	@Test
	void validSubmissionIsIndexedAndStartsTheProcess() {
		ResponseEntity<JsonNode> response = this.api.post(TestUsers.ANNA, Applications.PATH,
				Applications.valid("Corner Cafe"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = response.getBody().get("reference").asText();
		assertThat(reference).matches("BL-\\d{4}-\\d{6}");
		assertThat(response.getHeaders().getLocation()).hasPath("/api/requests/" + reference);
		assertThat(response.getBody().get("status").asText()).isEqualTo("submitted");
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
			.isOne();
		assertThat(this.runtimeService.getVariable(processInstanceId(reference), "businessName"))
			.isEqualTo("Corner Cafe");
		assertThat(
				this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody().at("/data/businessName").asText())
			.isEqualTo("Corner Cafe");
	}

	static Stream<Arguments> invalidApplications() {
		return Stream.of(arguments("required", Applications.without("businessName"), "businessName"),
				arguments("required, empty", Applications.with("businessName", "\"\""), "businessName"),
				arguments("minLength, trimmed", Applications.with("applicantName", "\" A  \""), "applicantName"),
				arguments("maxLength", Applications.with("businessName", "\"" + "x".repeat(121) + "\""),
						"businessName"),
				arguments("email", Applications.with("email", "\"anna.example.org\""), "email"),
				arguments("phone", Applications.with("phone", "\"0301234567\""), "phone"),
				arguments("min", Applications.with("employees", "-1"), "employees"),
				arguments("max", Applications.with("employees", "10001"), "employees"),
				arguments("decimal digits", Applications.with("employees", "2.5"), "employees"),
				arguments("number type", Applications.with("employees", "\"three\""), "employees"),
				arguments("select option", Applications.with("activityType", "\"casino\""), "activityType"),
				arguments("checkbox required", Applications.with("declaration", "false"), "declaration"),
				arguments("date type", Applications.with("openingDate", "\"15/01/2027\""), "openingDate"),
				arguments("text type", Applications.with("address", "42"), "address"), arguments("unknown key",
						Applications.valid("Shop").replace("{", "{ \"isApproved\": true,"), "isApproved"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidApplications")
	void invalidSubmissionIsAProblemPerFieldAndStoresNothing(String rule, String body, String field) {
		ResponseEntity<JsonNode> response = this.api.post(TestUsers.IVAN, Applications.PATH, body);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("title").asText()).isEqualTo("Invalid form data");
		List<String> fields = new ArrayList<>();
		response.getBody().get("errors").fieldNames().forEachRemaining(fields::add);
		assertThat(fields).containsExactly(field);
		assertThat(response.getBody().at("/errors/" + field + "/0").asText()).isNotBlank();
	}

	@Test
	void errorsAreInTheLanguageOfTheRequest() {
		HttpHeaders arabic = new HttpHeaders();
		arabic.set(HttpHeaders.ACCEPT_LANGUAGE, "ar");
		ResponseEntity<JsonNode> response = this.api.post(TestUsers.IVAN, Applications.PATH,
				Applications.with("email", "\"anna(at)example.org\""), arabic);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().at("/errors/email/0").asText()).isEqualTo("أدخل عنوان بريد إلكتروني صحيحًا.");
		assertThat(
				this.api.post(TestUsers.IVAN, Applications.PATH, Applications.with("email", "\"anna(at)example.org\""))
					.getBody()
					.at("/errors/email/0")
					.asText())
			.as("English by default")
			.isEqualTo("Field must be a valid email.");
	}

	@AfterEach
	void ivanHasNothingStored() {
		assertThat(this.jdbc.queryForObject("select count(*) from service_request where citizen_id = ?", Long.class,
				TestUsers.IVAN))
			.isZero();
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.variableValueEquals("citizenId", TestUsers.IVAN)
			.count()).isZero();
	}

	@Test
	void malformedJsonIsAProblem400() {
		ResponseEntity<JsonNode> response = this.api.post(TestUsers.IVAN, Applications.PATH, "{\"businessName\": ");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unknownServiceIsA404() {
		ResponseEntity<JsonNode> response = this.api.post(TestUsers.IVAN, "/api/services/nope/requests", "{}");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void retryWithTheSameIdempotencyKeyReturnsTheFirstAnswer() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Idempotency-Key", "retry-test-1");
		String body = Applications.valid("Retry Bakery");

		ResponseEntity<JsonNode> first = this.api.post(TestUsers.OMAR, Applications.PATH, body, headers);
		ResponseEntity<JsonNode> second = this.api.post(TestUsers.OMAR, Applications.PATH, body, headers);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getBody()).isEqualTo(first.getBody());
		assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		String reference = first.getBody().get("reference").asText();
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from service_request where idempotency_key = ?",
				Long.class, "retry-test-1"))
			.isOne();

		ResponseEntity<JsonNode> otherData = this.api.post(TestUsers.OMAR, Applications.PATH,
				Applications.valid("Another Shop"), headers);
		assertThat(otherData.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(otherData.getBody().get("detail").asText()).contains(reference);
	}

	/**
	 * The retries race: each starts a process, the request row is written at commit, and
	 * all but the first fail on the idempotency key and answer with the first request.
	 */
	@Test
	void concurrentRetriesWithTheSameIdempotencyKeyMakeOneRequest() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Idempotency-Key", "race-test-1");
		String body = Applications.valid("Race Bakery");
		int retries = 4;
		ExecutorService pool = Executors.newFixedThreadPool(retries);
		CyclicBarrier start = new CyclicBarrier(retries);
		List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
		for (int i = 0; i < retries; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return this.api.post(TestUsers.OMAR, Applications.PATH, body, headers);
			}));
		}
		List<String> references = new ArrayList<>();
		for (Future<ResponseEntity<JsonNode>> answer : answers) {
			ResponseEntity<JsonNode> response = answer.get(60, TimeUnit.SECONDS);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			references.add(response.getBody().get("reference").asText());
		}
		pool.shutdown();

		assertThat(references).containsOnly(references.get(0));
		assertThat(
				this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(references.get(0)).count())
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from service_request where idempotency_key = ?",
				Long.class, "race-test-1"))
			.isOne();
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.variableValueEquals("businessName", "Race Bakery")
			.count()).as("the losers' process instances rolled back").isOne();
	}

	@Test
	void onlyCitizensSubmit() {
		assertThat(this.api.post(null, Applications.PATH, Applications.valid("Anon")).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.api.post(TestUsers.CLARA, Applications.PATH, Applications.valid("Clerk")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private String processInstanceId(String reference) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.singleResult()
			.getId();
	}

}
