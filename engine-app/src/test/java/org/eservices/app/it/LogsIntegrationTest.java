package org.eservices.app.it;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The logs are JSON lines (Elastic Common Schema) that carry the request id of the HTTP
 * request and the reference of the case they concern, job threads included; and nothing
 * an applicant typed or who they are appears in any line, through a whole journey and a
 * refused submission.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogsIntegrationTest extends PostgresIntegrationTest {

	static final String NAME = "Zenobia Quillfeather";

	static final String EMAIL = "zenobia.quillfeather@example.org";

	static final String PHONE = "+4930998877665";

	static final String BUSINESS = "Quillfeather Quilts";

	static final String ADDRESS = "77 Wisteria Lane";

	static final String APPLICATION = """
			{ "applicantName": "%s", "email": "%s", "phone": "%s", "businessName": "%s",
			  "activityType": "retail", "address": "%s", "employees": 4, "openingDate": "2027-03-01",
			  "declaration": true }""".formatted(NAME, EMAIL, PHONE, BUSINESS, ADDRESS);

	private final ObjectMapper mapper = new ObjectMapper();

	@Test
	void linesAreJsonWithTheRequestIdAndTheReferenceAndNoPersonalData(CapturedOutput output) {
		HttpHeaders traced = new HttpHeaders();
		traced.set("X-Request-Id", "trace-me-42");
		ResponseEntity<JsonNode> submitted = this.api.post(TestUsers.ANNA, Applications.PATH, APPLICATION, traced);
		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(submitted.getHeaders().getFirst("X-Request-Id")).isEqualTo("trace-me-42");
		String reference = submitted.getBody().get("reference").asText();
		runDueJobs(processInstanceOf(reference));
		payInSandbox(TestUsers.ANNA, reference);
		String review = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		this.api.post(TestUsers.CLARA, "/api/tasks/" + review + "/claim", null);
		this.api.post(TestUsers.CLARA, "/api/tasks/" + review + "/complete",
				"{\"decision\": \"reject\", \"rejectionReason\": \"" + BUSINESS + " is already licensed.\"}");
		runDueJobs(processInstanceOf(reference));
		ResponseEntity<JsonNode> refused = this.api.post(TestUsers.ANNA, Applications.PATH,
				APPLICATION.replace("\"employees\": 4", "\"employees\": \"" + EMAIL + "\""));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		this.api.get(TestUsers.ANNA, "/api/requests/" + reference + "/messages");

		// what the logging system wrote (other lines, if any, are a library's own prints)
		List<JsonNode> lines = output.getOut().lines().filter((line) -> line.startsWith("{")).map(this::json).toList();
		assertThat(lines)
			.filteredOn(
					(line) -> line.path("message").asText().equals("Submitted " + reference + " to business-licence"))
			.singleElement()
			.satisfies((line) -> assertThat(line.path("requestId").asText()).isEqualTo("trace-me-42"));
		assertThat(lines).as("a connector job's lines name the case")
			.filteredOn((line) -> line.path("message").asText().startsWith("EMAIL 'rejected'"))
			.singleElement()
			.satisfies((line) -> assertThat(line.path("reference").asText()).isEqualTo(reference));
		String all = output.getAll().toLowerCase(Locale.ROOT);
		for (String personal : List.of(NAME, EMAIL, PHONE, BUSINESS, ADDRESS, "zenobia", "4930998877665")) {
			assertThat(all).as("the logs name " + personal).doesNotContain(personal.toLowerCase(Locale.ROOT));
		}
	}

	/** A log line; one that is not JSON fails the test. */
	private JsonNode json(String line) {
		try {
			return this.mapper.readTree(line);
		}
		catch (JsonProcessingException ex) {
			throw new AssertionError("Not a JSON log line: " + line, ex);
		}
	}

}
