package org.eservices.app.it;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens attach documents to their requests, within size and type limits; the clerks
 * who work on the request read them, nobody else.
 */
class AttachmentIntegrationTest extends PostgresIntegrationTest {

	/** A minimal PDF: the type is read from these bytes, not from the name. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

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

		assertThat(download(TestUsers.PETRA, "/api/tasks/" + task + "/attachments/" + id).getStatusCode())
			.as("a clerk of another department")
			.isEqualTo(HttpStatus.NOT_FOUND);
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

	private ResponseEntity<JsonNode> upload(String user, String reference, String filename, byte[] content) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders fileHeaders = new HttpHeaders();
		fileHeaders.setContentType(MediaType.APPLICATION_PDF);
		parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		}, fileHeaders));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth(user, TestUsers.PASSWORD)
			.exchange("/api/requests/" + reference + "/attachments", HttpMethod.POST, new HttpEntity<>(parts, headers),
					JsonNode.class);
	}

	private ResponseEntity<byte[]> download(String user, String path) {
		return this.rest.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, byte[].class);
	}

}
