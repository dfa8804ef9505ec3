package org.eservices.app.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Download my data": one archive with everything the platform holds about the signed-in
 * citizen, and nothing about anybody else.
 */
class PersonalDataIntegrationTest extends PostgresIntegrationTest {

	static final String EXPORT = "/api/me/data";

	/** Anna's choices and drafts are other tests' too: as they were. */
	@AfterEach
	void leaveAnnaAsShe() {
		this.api.exchange(TestUsers.ANNA, HttpMethod.PUT, "/api/me/notification-preferences",
				"{\"email\": true, \"sms\": true}", new HttpHeaders());
		this.api.exchange(TestUsers.ANNA, HttpMethod.DELETE, "/api/services/business-licence/draft", null,
				new HttpHeaders());
	}

	@Test
	void theArchiveHoldsTheAccountRequestsDocumentsDraftsMessagesPaymentsAndPreferences() throws IOException {
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Exported Bakery");
		String document = this.api
			.upload(TestUsers.ANNA, "/api/requests/" + reference + "/attachments", "lease.pdf",
					AttachmentIntegrationTest.PDF)
			.getBody()
			.get("id")
			.asText();
		this.api.exchange(TestUsers.ANNA, HttpMethod.PUT, "/api/services/business-licence/draft",
				Applications.valid("Draft Of A Second Shop"), new HttpHeaders());
		this.api.exchange(TestUsers.ANNA, HttpMethod.PUT, "/api/me/notification-preferences",
				"{\"email\": true, \"sms\": false}", new HttpHeaders());

		ResponseEntity<byte[]> answer = download(TestUsers.ANNA);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/zip");
		assertThat(answer.getHeaders().getContentDisposition().isAttachment()).isTrue();
		Map<String, byte[]> archive = unzip(answer.getBody());
		JsonNode data = new ObjectMapper().readTree(archive.get("data.json"));

		assertThat(data.at("/account/id").asText()).isEqualTo(TestUsers.ANNA);
		JsonNode request = null;
		for (JsonNode entry : data.get("requests")) {
			if (entry.at("/request/reference").asText().equals(reference)) {
				request = entry;
			}
		}
		assertThat(request).as("the request is in the archive").isNotNull();
		assertThat(request.at("/request/data/businessName").asText()).isEqualTo("Exported Bakery");
		assertThat(request.at("/request/timeline").findValuesAsText("code")).contains("submitted", "paid");
		assertThat(request.at("/request/payment/status").asText()).isEqualTo("PAID");
		String path = request.at("/documents/0/file").asText();
		assertThat(path).isEqualTo("documents/" + reference + "/" + document + "-lease.pdf");
		assertThat(archive.get(path)).isEqualTo(AttachmentIntegrationTest.PDF);

		assertThat(data.get("drafts").findValuesAsText("businessName")).contains("Draft Of A Second Shop");
		assertThat(data.get("messages").findValuesAsText("reference")).contains(reference);
		assertThat(data.get("messages").findValuesAsText("to")).contains("anna@example.org");
		assertThat(data.get("payments").findValuesAsText("reference")).contains(reference);
		assertThat(data.at("/notificationPreferences/sms").asBoolean()).isFalse();
		assertThat(data.get("signIns").isArray()).isTrue();
		assertThat(this.api.audit(TestUsers.ROOT, "kind=DATA_EXPORTED&actor=" + TestUsers.ANNA)).isNotEmpty();

		Map<String, byte[]> omars = unzip(download(TestUsers.OMAR).getBody());
		String others = new String(omars.get("data.json"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(others).doesNotContain(reference, "Exported Bakery", "Draft Of A Second Shop");
		assertThat(omars.keySet()).noneMatch((name) -> name.contains(reference));
	}

	@Test
	void staffHaveNoCitizenDataToTake() {
		assertThat(download(TestUsers.CLARA).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.rest.getForEntity(EXPORT, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private ResponseEntity<byte[]> download(String user) {
		return this.rest.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(EXPORT, byte[].class);
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
