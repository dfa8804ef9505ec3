package org.eservices.app.it;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the platform issues, on real PostgreSQL: an approved business licence becomes a
 * bilingual PDF/A of the request, whose QR code leads to a public page that tells who may
 * know it is genuine (and nothing more), until an admin or a process revokes it or it
 * expires; every submission and payment has its receipt; citizens and clerks get only
 * their own.
 */
class IssuedDocumentIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	private TestClock clock;

	@AfterEach
	void resumeClock() {
		this.clock.resume();
	}

	@Test
	void anApprovedLicenceIsABilingualPdfAWithAQrCodeThatLeadsToItsVerification() {
		String reference = approvedLicence(TestUsers.ANNA, "Verified Vintners");
		JsonNode licence = documentOf(TestUsers.ANNA, reference);
		assertThat(licence.get("title").asText()).isEqualTo("Business licence");
		assertThat(licence.get("number").asText()).isEqualTo("LIC-" + reference);
		assertThat(licence.get("status").asText()).isEqualTo("valid");
		assertThat(licence.get("verificationCode").asText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		// a year from the day of issue, that day included, in the platform's zone (UTC)
		LocalDate lastDay = LocalDate.ofInstant(Instant.parse(licence.get("issuedAt").asText()), ZoneOffset.UTC)
			.plusYears(1);
		assertThat(LocalDate.ofInstant(Instant.parse(licence.get("validUntil").asText()), ZoneOffset.UTC))
			.isEqualTo(lastDay);

		byte[] pdf = download(TestUsers.ANNA,
				"/api/requests/" + reference + "/attachments/" + licence.get("id").asText());
		assertThat(Pdfs.pages(pdf)).isEqualTo(2);
		assertThat(Pdfs.text(pdf)).contains("Business licence", "LIC-" + reference, "Anna Citizen", "Verified Vintners",
				"1 Main Street, Springfield", licence.get("verificationCode").asText(), "رخصة مزاولة نشاط تجاري",
				"صاحب الرخصة");
		assertThat(Pdfs.text(pdf)).as("the day it is valid until, as printed")
			.contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(lastDay));
		assertThat(Pdfs.text(pdf).split(Pattern.quote(licence.get("verificationCode").asText()), -1))
			.as("one verification block a page, the template's own")
			.hasSize(3);
		assertThat(Pdfs.pdfA(pdf).isCompliant()).as("veraPDF, PDF/A-2u").isTrue();
		String scanned = Pdfs.qrCode(pdf, 0);
		assertThat(scanned).isEqualTo(licence.get("verificationUrl").asText())
			.endsWith("/verify/" + licence.get("verificationCode").asText().replace("-", ""));
		assertThat(Pdfs.qrCode(pdf, 1)).as("the Arabic page's code").isEqualTo(scanned);

		// anyone, signed out, by the address the code holds
		ResponseEntity<JsonNode> checked = this.api.get(null,
				"/api/verify/" + scanned.substring(scanned.lastIndexOf('/') + 1));
		assertThat(checked.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(checked.getHeaders().getCacheControl()).contains("no-store");
		assertThat(checked.getBody().properties()).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrder("status", "kind", "number", "holder", "issuedOn");
		assertThat(checked.getBody().get("status").asText()).isEqualTo("valid");
		assertThat(checked.getBody().get("kind").asText()).isEqualTo("Business licence");
		assertThat(checked.getBody().get("number").asText()).isEqualTo("LIC-" + reference);
		assertThat(checked.getBody().get("holder").asText()).isEqualTo("Anna Citizen");
		assertThat(LocalDate.parse(checked.getBody().get("issuedOn").asText()))
			.isEqualTo(LocalDate.ofInstant(Instant.parse(licence.get("issuedAt").asText()), ZoneOffset.UTC));
		HttpHeaders arabic = new HttpHeaders();
		arabic.set(HttpHeaders.ACCEPT_LANGUAGE, "ar");
		assertThat(this.api
			.exchange(null, HttpMethod.GET, "/api/verify/" + licence.get("verificationCode").asText(), null, arabic)
			.getBody()
			.get("kind")
			.asText()).isEqualTo("رخصة مزاولة نشاط تجاري");

		// issued, not uploaded: listed on its own, and none of the citizen's 20 uploads
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + reference + "/attachments")
			.getBody()
			.findValuesAsText("id")).doesNotContain(licence.get("id").asText());
		// the approval e-mail links to it
		assertThat(this.api.get(TestUsers.ROOT, "/api/dev/mailbox?reference=" + reference)
			.getBody()
			.findValuesAsText("body"))
			.anyMatch((body) -> body.contains("/requests/" + reference + "?document=" + licence.get("id").asText()));
	}

	@Test
	void clerksOfTheDepartmentReadTheIssuedLicenceOnTheRequestPageAndNoOneElseDoes() {
		String reference = approvedLicence(TestUsers.ANNA, "Clerk Read Cafe");
		String id = documentOf(TestUsers.ANNA, reference).get("id").asText();

		JsonNode forClerk = this.api.get(TestUsers.CLARA, "/api/workspace/requests/" + reference).getBody();
		assertThat(forClerk.get("status").asText()).isEqualTo("approved");
		assertThat(forClerk.get("documents").findValuesAsText("id")).containsExactly(id);
		assertThat(forClerk.has("receipts")).isFalse();
		assertThat(Pdfs.text(download(TestUsers.CLARA, "/api/workspace/requests/" + reference + "/attachments/" + id)))
			.contains("LIC-" + reference);
		assertThat(this.api.audit(TestUsers.ROOT, "kind=DOCUMENT_OPENED&actor=" + TestUsers.CLARA))
			.anyMatch((entry) -> entry.get("subject").asText().equals(reference));

		// another department's clerk, another citizen: as if there were no such request
		assertThat(this.api.get(TestUsers.ROSA, "/api/workspace/requests/" + reference).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(TestUsers.ROSA, "/api/workspace/requests/" + reference + "/attachments/" + id))
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(TestUsers.OMAR, "/api/requests/" + reference + "/attachments/" + id))
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(TestUsers.OMAR, "/api/requests/" + reference + "/receipts/submission"))
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(TestUsers.ANNA, "/api/workspace/requests/" + reference)).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void everySubmissionAndPaymentHasAReceiptInTheReadersLanguage() {
		String reference = approvedLicence(TestUsers.ANNA, "Receipt Roasters");
		JsonNode request = this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
		assertThat(request.get("receipts").findValuesAsText("kind")).containsExactly("submission", "payment");
		JsonNode payment = request.get("receipts").get(1);

		byte[] submission = download(TestUsers.ANNA, request.get("receipts").get(0).get("path").asText());
		assertThat(Pdfs.text(submission)).contains("Application receipt", reference, "Business licence application",
				"Business name", "Receipt Roasters", "Number of employees", "3", "Yes");
		assertThat(Pdfs.pdfA(submission).isCompliant()).isTrue();
		byte[] arabic = download(TestUsers.ANNA, request.get("receipts").get(0).get("path").asText(), "ar");
		assertThat(Pdfs.text(arabic)).contains("إيصال تقديم الطلب", reference, "Receipt Roasters");

		byte[] paid = download(TestUsers.ANNA, payment.get("path").asText());
		assertThat(Pdfs.text(paid)).contains("Payment receipt", reference,
				"€" + request.at("/payment/amount").decimalValue().setScale(2),
				request.at("/payment/providerReference").asText());
		assertThat(status(TestUsers.ANNA, "/api/requests/" + reference + "/receipts/payments/999999999"))
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anAdminsRevocationChangesWhatTheVerificationPageSaysAndOnlyAnAdminMayRevoke() {
		String reference = approvedLicence(TestUsers.ANNA, "Revoked Rotisserie");
		JsonNode licence = documentOf(TestUsers.ANNA, reference);
		String id = licence.get("id").asText();
		String code = licence.get("verificationCode").asText();

		assertThat(this.api.post(TestUsers.CLARA, "/api/admin/documents/" + id + "/revoke", "{\"reason\": \"x\"}")
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<JsonNode> noReason = this.api.post(TestUsers.ROOT, "/api/admin/documents/" + id + "/revoke",
				"{\"reason\": \" \"}");
		assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noReason.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(noReason.getBody().at("/errors/reason")).isNotEmpty();
		ResponseEntity<JsonNode> tooLong = this.api.post(TestUsers.ROOT, "/api/admin/documents/" + id + "/revoke",
				"{\"reason\": \"" + "x".repeat(1001) + "\"}");
		assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooLong.getBody().at("/errors/reason/0").asText()).isEqualTo("Keep the reason to 1,000 characters.");
		assertThat(verification(code).get("status").asText()).as("nothing changed").isEqualTo("valid");

		ResponseEntity<JsonNode> revoked = this.api.post(TestUsers.ROOT, "/api/admin/documents/" + id + "/revoke",
				"{\"reason\": \"The premises were closed by the health inspectorate.\"}");
		assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(verification(code).get("status").asText()).isEqualTo("revoked");
		assertThat(verification(code).has("reason")).as("the reason is not the public's").isFalse();
		assertThat(documentOf(TestUsers.ANNA, reference).get("status").asText()).isEqualTo("revoked");
		assertThat(this.api.get(TestUsers.ROOT, "/api/admin/documents?reference=" + reference)
			.getBody()
			.get(0)
			.get("revocationReason")
			.asText()).isEqualTo("The premises were closed by the health inspectorate.");
		assertThat(this.api.audit(TestUsers.ROOT, "kind=DOCUMENT_REVOKED&actor=" + TestUsers.ROOT))
			.anyMatch((entry) -> entry.get("subject").asText().equals(reference));
		assertThat(this.api.post(TestUsers.ROOT, "/api/admin/documents/" + id + "/revoke", "{\"reason\": \"again\"}")
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void aProcessRevokesWhatWasIssuedAndALicencePastItsDateIsExpired() {
		String reference = approvedLicence(TestUsers.ANNA, "Objection Oysters");
		JsonNode licence = documentOf(TestUsers.ANNA, reference);
		// an objection process, as an analyst models it with the "Revoke document"
		// template
		BpmnModelInstance objection = Bpmn.createExecutableProcess("licence-objection")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.serviceTask("RevokeLicence")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${revokeDocumentDelegate}")
			.camundaInputParameter("documentId", "${licenceDocumentId}")
			.camundaInputParameter("reason", "Objection upheld by the appeals board")
			.endEvent()
			.done();
		this.repositoryService.createDeployment().addModelInstance("licence-objection.bpmn", objection).deploy();
		// a case about another request cannot revoke this one's licence, whatever its
		// variables say
		String otherRequest = approvedLicence(TestUsers.OMAR, "Bystander Bistro");
		String stray = this.runtimeService
			.startProcessInstanceByKey("licence-objection", otherRequest,
					Map.of("licenceDocumentId", licence.get("id").asText()))
			.getId();
		runDueJobs(stray);
		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(stray).count())
			.as("an incident for the operators")
			.isEqualTo(1);
		assertThat(verification(licence.get("verificationCode").asText()).get("status").asText()).isEqualTo("valid");
		String objectionCase = this.runtimeService
			.startProcessInstanceByKey("licence-objection", reference,
					Map.of("licenceDocumentId", licence.get("id").asText()))
			.getId();
		runDueJobs(objectionCase);
		assertThat(verification(licence.get("verificationCode").asText()).get("status").asText()).isEqualTo("revoked");

		String other = approvedLicence(TestUsers.ANNA, "Expired Espresso");
		JsonNode expiring = documentOf(TestUsers.ANNA, other);
		this.jdbc.update("update issued_document set valid_until = ? where id = ?",
				Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), expiring.get("id").asText());
		assertThat(verification(expiring.get("verificationCode").asText()).get("status").asText()).isEqualTo("expired");
		assertThat(documentOf(TestUsers.ANNA, other).get("status").asText()).isEqualTo("expired");
	}

	/** The limit as the integration tests set it: 30 a second, not 30 a minute. */
	@Test
	void codesAreCheckedAsTypedButNotGuessedByTheThousand() {
		String reference = approvedLicence(TestUsers.ANNA, "Typed Tavern");
		String code = documentOf(TestUsers.ANNA, reference).get("verificationCode").asText();
		assertThat(verification(" " + code.toLowerCase().replace("-", " ") + " ").get("number").asText())
			.isEqualTo("LIC-" + reference);
		ResponseEntity<JsonNode> unknown = this.api.get(null, "/api/verify/ZZZZ-ZZZZ-ZZZZ");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(this.api.get(null, "/api/verify/" + reference).getStatusCode())
			.as("the reference number is not the code")
			.isEqualTo(HttpStatus.NOT_FOUND);

		this.clock.stop();
		HttpHeaders guesser = new HttpHeaders();
		guesser.set("X-Forwarded-For", "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
		for (int guess = 0; guess < 30; guess++) {
			assertThat(this.api.exchange(null, HttpMethod.GET, "/api/verify/" + guessedCode(), null, guesser)
				.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		}
		ResponseEntity<JsonNode> limited = this.api.exchange(null, HttpMethod.GET, "/api/verify/" + code, null,
				guesser);
		assertThat(limited.getStatusCode()).as("even the right code waits").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(limited.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(verification(code).get("status").asText()).as("another address is not held up").isEqualTo("valid");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.api.exchange(null, HttpMethod.GET, "/api/verify/" + code, null, guesser).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	private static String guessedCode() {
		return UUID.randomUUID().toString().replaceAll("[^0-9]", "").concat("000000000000").substring(0, 12);
	}

	/** Submitted, paid, approved by a licensing clerk, and the licence issued. */
	private String approvedLicence(String citizen, String businessName) {
		String reference = submitPaidBusinessLicence(citizen, businessName);
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		assertThat(this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/complete", "{\"decision\": \"approve\"}")
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		runDueJobs(processInstanceOf(reference));
		return reference;
	}

	private JsonNode documentOf(String citizen, String reference) {
		JsonNode documents = this.api.get(citizen, "/api/requests/" + reference).getBody().get("documents");
		assertThat(documents).as("documents of %s", reference).hasSize(1);
		return documents.get(0);
	}

	private JsonNode verification(String code) {
		ResponseEntity<JsonNode> checked = this.api.get(null, "/api/verify/" + code);
		assertThat(checked.getStatusCode()).isEqualTo(HttpStatus.OK);
		return checked.getBody();
	}

	private byte[] download(String user, String path) {
		return download(user, path, "en");
	}

	private byte[] download(String user, String path, String language) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		ResponseEntity<byte[]> file = this.rest.withBasicAuth(user, TestUsers.PASSWORD)
			.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
		assertThat(file.getStatusCode()).as("GET %s", path).isEqualTo(HttpStatus.OK);
		assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(file.getHeaders().getContentDisposition().isAttachment()).isTrue();
		return file.getBody();
	}

	private HttpStatus status(String user, String path) {
		return HttpStatus.valueOf(this.rest.withBasicAuth(user, TestUsers.PASSWORD)
			.exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class)
			.getStatusCode()
			.value());
	}

}
