package org.eservices.app.it;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens attach documents to their requests, within size and type limits; the clerks
 * who work on the request read them, nobody else.
 */
class AttachmentIntegrationTest extends PostgresIntegrationTest {

	/** A minimal PDF: the type is read from these bytes, not from the name. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final String DRAFT_FILES = "/api/services/business-licence/draft/attachments";

	@Test
	void aCitizenAttachesADocumentThatTheClerkReads() {
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Paperwork Press");
		ResponseEntity<JsonNode> uploaded = upload(TestUsers.ANNA, reference, "../../floor plan.pdf", PDF);
		assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(uploaded.getBody().get("filename").asText()).as("no path from the browser")
			.isEqualTo("floor plan.pdf");
		assertThat(uploaded.getBody().get("contentType").asText()).isEqualTo("application/pdf");
		String id = uploaded.getBody().get("id").asText();

		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + reference + "/attachments")
			.getBody()
			.findValuesAsText("filename")).containsExactly("floor plan.pdf");
		ResponseEntity<byte[]> mine = download(TestUsers.ANNA, "/api/requests/" + reference + "/attachments/" + id);
		assertThat(mine.getBody()).isEqualTo(PDF);
		assertThat(mine.getHeaders().getContentDisposition().isAttachment()).isTrue();
		assertThat(mine.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		assertThat(
				this.api.get(TestUsers.CLARA, "/api/tasks/" + task + "/attachments").getBody().findValuesAsText("id"))
			.containsExactly(id);
		assertThat(download(TestUsers.CLARA, "/api/tasks/" + task + "/attachments/" + id).getBody()).isEqualTo(PDF);
		assertThat(this.api.audit(TestUsers.ROOT, "kind=DOCUMENT_OPENED&actor=" + TestUsers.CLARA))
			.filteredOn((entry) -> reference.equals(entry.get("subject").asText()))
			.as("the clerk's download is in the audit log")
			.hasSize(1)
			.allSatisfy((entry) -> assertThat(entry.get("detail").asText()).contains(id));

		assertThat(download(TestUsers.PETRA, "/api/tasks/" + task + "/attachments/" + id).getStatusCode())
			.as("a clerk of another department")
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.audit(TestUsers.ROOT, "kind=DOCUMENT_OPENED&actor=" + TestUsers.PETRA))
			.as("a refused download opened nothing")
			.noneMatch((entry) -> reference.equals(entry.get("subject").asText()));
		assertThat(download(TestUsers.OMAR, "/api/requests/" + reference + "/attachments/" + id).getStatusCode())
			.as("another citizen")
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(upload(TestUsers.OMAR, reference, "mine.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void wrongTypesAndSizesAreRefusedAndNothingIsStored() {
		String reference = submitBusinessLicence(TestUsers.ANNA, "Strict Stationers");
		ResponseEntity<JsonNode> script = upload(TestUsers.ANNA, reference, "invoice.pdf",
				"#!/bin/sh\necho not a pdf\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(script.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(script.getBody().at("/errors/file/0").asText()).isEqualTo("Upload a PDF, PNG or JPEG file.");

		byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
		ResponseEntity<JsonNode> tooLarge = upload(TestUsers.ANNA, reference, "scan.pdf", large);
		assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooLarge.getBody().at("/errors/file/0").asText()).isEqualTo("The file is larger than 10 MB.");

		ResponseEntity<JsonNode> empty = upload(TestUsers.ANNA, reference, "empty.pdf", new byte[0]);
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + reference + "/attachments").getBody()).isEmpty();
	}

	@Test
	void documentsAttachedBeforeSubmittingMoveToTheRequest() {
		ResponseEntity<JsonNode> plan = uploadTo(TestUsers.OMAR, DRAFT_FILES, "floor-plan.pdf", PDF);
		assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String planId = plan.getBody().get("id").asText();
		assertThat(this.api.get(TestUsers.OMAR, "/api/drafts").getBody().findValuesAsText("serviceKey"))
			.as("a document alone starts the draft")
			.containsExactly("business-licence");
		String wrongId = uploadTo(TestUsers.OMAR, DRAFT_FILES, "wrong.pdf", PDF).getBody().get("id").asText();
		assertThat(this.api
			.exchange(TestUsers.OMAR, HttpMethod.DELETE, DRAFT_FILES + "/" + wrongId, null, new HttpHeaders())
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(uploadTo(TestUsers.OMAR, DRAFT_FILES, "notes.pdf", "plain text".getBytes(StandardCharsets.UTF_8))
			.getBody()
			.at("/errors/file/0")
			.asText()).isEqualTo("Upload a PDF, PNG or JPEG file.");
		assertThat(this.api.get(TestUsers.OMAR, DRAFT_FILES).getBody().findValuesAsText("filename"))
			.containsExactly("floor-plan.pdf");
		assertThat(download(TestUsers.OMAR, DRAFT_FILES + "/" + planId).getBody()).isEqualTo(PDF);

		assertThat(this.api.get(TestUsers.ANNA, DRAFT_FILES).getBody()).as("another citizen's draft").isEmpty();
		assertThat(download(TestUsers.ANNA, DRAFT_FILES + "/" + planId).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api
			.exchange(TestUsers.ANNA, HttpMethod.DELETE, DRAFT_FILES + "/" + planId, null, new HttpHeaders())
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		String reference = submitPaidBusinessLicence(TestUsers.OMAR, "Early Paperwork");
		assertThat(this.api.get(TestUsers.OMAR, "/api/requests/" + reference + "/attachments")
			.getBody()
			.findValuesAsText("id")).containsExactly(planId);
		assertThat(this.api.get(TestUsers.OMAR, DRAFT_FILES).getBody()).as("moved, not copied").isEmpty();
		assertThat(this.api
			.exchange(TestUsers.OMAR, HttpMethod.DELETE, DRAFT_FILES + "/" + planId, null, new HttpHeaders())
			.getStatusCode()).as("a submitted document stays on the record").isEqualTo(HttpStatus.NOT_FOUND);
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		assertThat(download(TestUsers.CLARA, "/api/tasks/" + task + "/attachments/" + planId).getBody()).isEqualTo(PDF);
	}

	@Test
	void aDraftHoldsAtMostTwentyDocumentsAndDiscardingItRemovesThem() {
		for (int file = 1; file <= 20; file++) {
			assertThat(uploadTo(TestUsers.IVAN, DRAFT_FILES, "page-" + file + ".pdf", PDF).getStatusCode())
				.isEqualTo(HttpStatus.CREATED);
		}
		ResponseEntity<JsonNode> oneTooMany = uploadTo(TestUsers.IVAN, DRAFT_FILES, "page-21.pdf", PDF);
		assertThat(oneTooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(oneTooMany.getBody().at("/errors/file/0").asText()).isEqualTo("You can attach up to 20 files.");
		assertThat(this.api.get(TestUsers.IVAN, DRAFT_FILES).getBody()).hasSize(20);

		this.api.exchange(TestUsers.IVAN, HttpMethod.DELETE, "/api/services/business-licence/draft", null,
				new HttpHeaders());
		assertThat(this.api.get(TestUsers.IVAN, DRAFT_FILES).getBody()).isEmpty();
		assertThat(uploadTo(TestUsers.CLARA, DRAFT_FILES, "clerk.pdf", PDF).getStatusCode()).as("clerks have no drafts")
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(uploadTo(TestUsers.IVAN, "/api/services/no-such-service/draft/attachments", "x.pdf", PDF)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private ResponseEntity<JsonNode> upload(String user, String reference, String filename, byte[] content) {
		return uploadTo(user, "/api/requests/" + reference + "/attachments", filename, content);
	}

	private ResponseEntity<JsonNode> uploadTo(String user, String path, String filename, byte[] content) {
		return this.api.upload(user, path, filename, content);
	}

	private ResponseEntity<byte[]> download(String user, String path) {
		return this.rest.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, byte[].class);
	}

}
