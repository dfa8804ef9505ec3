package org.eservices.app.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What no browser sends, and what no later step could store or send, is refused up front:
 * a 4xx problem with a clear message, never a 500, and nothing stored.
 */
class BadInputIntegrationTest extends PostgresIntegrationTest {

	/** A citizen of this test's own, whose every submission must be refused. */
	private static final String BEA = "bea";

	@BeforeEach
	void aCitizenOfItsOwn() {
		this.users.ensure(BEA, List.of("citizen"));
	}

	@AfterEach
	void nothingWasStored() {
		assertThat(
				this.jdbc.queryForObject("select count(*) from service_request where citizen_id = ?", Long.class, BEA))
			.isZero();
		assertThat(this.runtimeService.createProcessInstanceQuery().variableValueEquals("citizenId", BEA).count())
			.isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e309", "-1e309", "3.0000000000000000001", "1e-400" })
	void numbersBeyondWhatTheFieldHoldsAreRefused(String employees) {
		assertInvalid(submit(Applications.with("employees", employees)), "employees");
	}

	@Test
	void anEmailAddressLongerThanAnyMailSystemTakesIsRefused() {
		assertInvalid(submit(Applications.with("email", "\"" + "a".repeat(3990) + "@example.org\"")), "email");
		assertInvalid(submit(Applications.with("email", "\"" + "a".repeat(4000) + "@example.org\"")), "email");
		assertInvalid(submit(Applications.with("email", "\"" + "a".repeat(65) + "@example.org\"")), "email");
	}

	@Test
	void trailingTokensDuplicateKeysAndNulAreRefused() {
		assertProblem(submit(Applications.valid("Trailing Tea") + " xyz"), HttpStatus.BAD_REQUEST);
		assertProblem(
				submit(Applications.valid("Twice Tea")
					.replace("\"declaration\": true", "\"declaration\": true, \"businessName\": \"Other\"")),
				HttpStatus.BAD_REQUEST);
		assertProblem(submit(Applications.with("businessName", "\"Nul\\u0000Shop\"")), HttpStatus.BAD_REQUEST);
		assertProblem(submit(Applications.with("businessName", "\"Lone \\ud800 Surrogate\"")), HttpStatus.BAD_REQUEST);
	}

	@Test
	void bytesThatAreNotUtf8AreRefused() {
		byte[] valid = Applications.valid("Overlong Shop").getBytes(StandardCharsets.UTF_8);
		String text = new String(valid, StandardCharsets.ISO_8859_1);
		// "Overlong" with its "/" written as the overlong pair C0 AF, and a surrogate
		// written out as UTF-8 bytes (CESU)
		byte[] overlong = text.replace("Overlong", "Over\u00c0\u00aflong").getBytes(StandardCharsets.ISO_8859_1);
		byte[] cesu = text.replace("Overlong", "Over\u00ed\u00a0\u0080long").getBytes(StandardCharsets.ISO_8859_1);
		assertProblem(post(overlong, MediaType.APPLICATION_JSON), HttpStatus.BAD_REQUEST);
		assertProblem(post(cesu, MediaType.APPLICATION_JSON), HttpStatus.BAD_REQUEST);
	}

	@Test
	void anAddressTheFirewallRefusesIsAProblem400() throws Exception {
		// sent as they are: a RestTemplate would tidy the addresses first
		HttpClient client = HttpClient.newHttpClient();
		String credentials = java.util.Base64.getEncoder()
			.encodeToString((BEA + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		for (String address : List.of("/api/tasks//complete", "/api/requests;jsessionid=1")) {
			HttpResponse<String> answer = client
				.send(HttpRequest.newBuilder(URI.create(this.rest.getRootUri() + address))
					.header(HttpHeaders.AUTHORIZATION, "Basic " + credentials)
					.POST(HttpRequest.BodyPublishers.ofString("{}"))
					.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(address).isEqualTo(400);
			assertThat(answer.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse(""))
				.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(answer.body()).contains("\"status\":400");
		}
	}

	@Test
	void anotherMediaTypeIsA415() {
		assertProblem(post(
				"<application><businessName>Xml Shop</businessName></application>".getBytes(StandardCharsets.UTF_8),
				MediaType.APPLICATION_XML), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void anIdempotencyKeyLongerThanDocumentedIsRefused() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Idempotency-Key", "k".repeat(256));
		ResponseEntity<JsonNode> answer = this.api.post(BEA, Applications.PATH, Applications.valid("Key Shop"),
				headers);
		assertProblem(answer, HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody().get("detail").asText()).contains("Idempotency-Key");
	}

	@Test
	void pagesBeyondAnyListAreRefused() {
		for (String path : List.of("/api/requests?page=2147483647", "/api/requests?size=100&page=21474837")) {
			assertProblem(this.api.get(BEA, path), HttpStatus.BAD_REQUEST);
		}
		assertProblem(this.api.get(TestUsers.CLARA, "/api/tasks?page=2147483647"), HttpStatus.BAD_REQUEST);
	}

	@Test
	void anAttachmentsNameTellsWhatItIsAndHidesNothing() {
		String drafts = "/api/services/business-licence/draft/attachments";
		byte[] pdfWithHtml = "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF"
			.getBytes(StandardCharsets.US_ASCII);
		ResponseEntity<JsonNode> html = this.api.upload(BEA, drafts, "evil.html", pdfWithHtml);
		assertThat(html.getStatusCode()).as("%s", html.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(html.getBody().get("filename").asText()).isEqualTo("evil.pdf");
		assertThat(html.getBody().get("contentType").asText()).isEqualTo("application/pdf");

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
				0, 0, 0, 1, 8, 6, 0, 0, 0 };
		ResponseEntity<JsonNode> overridden = this.api.upload(BEA, drafts, "invoice\u202efdp.exe", png);
		assertThat(overridden.getStatusCode()).as("%s", overridden.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(overridden.getBody().get("filename").asText()).isEqualTo("invoicefdp.png");
	}

	@Test
	void anUploadOverTheLimitGetsA413TheClientCanRead() {
		ResponseEntity<JsonNode> answer = this.api.upload(BEA, "/api/services/business-licence/draft/attachments",
				"plan.pdf", new byte[20 * 1024 * 1024]);
		assertProblem(answer, HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(this.jdbc.queryForObject("select count(*) from attachment where citizen_id = ?", Long.class, BEA))
			.isZero();
	}

	private ResponseEntity<JsonNode> submit(String json) {
		return this.api.post(BEA, Applications.PATH, json);
	}

	private ResponseEntity<JsonNode> post(byte[] body, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		return this.rest.withBasicAuth(BEA, TestUsers.PASSWORD)
			.exchange(Applications.PATH, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
	}

	private static void assertInvalid(ResponseEntity<JsonNode> answer, String field) {
		assertProblem(answer, HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody().at("/errors/" + field)).as("%s", answer.getBody()).isNotEmpty();
	}

	private static void assertProblem(ResponseEntity<JsonNode> answer, HttpStatus status) {
		assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType()).isNotNull();
		assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as("%s", answer.getHeaders().getContentType())
			.isTrue();
	}

}
