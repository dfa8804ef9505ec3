package org.eservices.app.it;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The zero-set-up default as a newcomer runs it: no profile, an H2 file database, the
 * demo users, and the README's walk-through works with their password.
 */
// the engine REST API finds its engine by name in Camunda's JVM-wide registry, and the
// webapps keep JVM-wide state of the context that started them last: both stay the
// PostgreSQL context's
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
		"camunda.bpm.process-engine-name=zeroSetup", "camunda.bpm.webapp.enabled=false" })
class ZeroSetupDefaultTest {

	/** The job executor's pace on a busy machine, not a promise of speed. */
	private static final Duration JOBS = Duration.ofSeconds(60);

	@TempDir
	static Path dataDirectory;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	Api api;

	@DynamicPropertySource
	static void h2File(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:file:" + dataDirectory.resolve("eservices") + ";DB_CLOSE_ON_EXIT=FALSE");
	}

	@BeforeEach
	void demoPassword() {
		this.api = new Api(this.rest, "demo");
	}

	/** The README's walk-through, with the job executor running as it does there. */
	@Test
	void demoUsersRunTheWalkThroughOnH2() {
		ResponseEntity<JsonNode> submitted = this.api.post("anna", Applications.PATH, Applications.valid("Demo Deli"));
		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = submitted.getBody().get("reference").asText();

		String checkoutUrl = await().atMost(JOBS)
			.until(() -> this.api.get("anna", "/api/requests/" + reference)
				.getBody()
				.at("/payment/checkoutUrl")
				.asText(), (url) -> !url.isEmpty());
		assertThat(this.api.press("anna", URI.create(checkoutUrl).getPath() + "/pay").getStatusCode())
			.isEqualTo(HttpStatus.OK);

		String task = await().atMost(JOBS)
			.until(() -> this.api.taskOf("clara", reference), Optional::isPresent)
			.orElseThrow();
		assertThat(this.api.post("clara", "/api/tasks/" + task + "/complete", "{\"decision\": \"approve\"}")
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		await().atMost(JOBS).untilAsserted(() -> {
			JsonNode request = this.api.get("anna", "/api/requests/" + reference).getBody();
			assertThat(request.get("status").asText()).isEqualTo("approved");
			assertThat(request.at("/outcome/licenceNumber").asText()).isEqualTo("LIC-" + reference);
			assertThat(request.at("/payment/status").asText()).isEqualTo("PAID");
			assertThat(this.api.get("alex", "/api/dev/mailbox?reference=" + reference)
				.getBody()
				.findValuesAsText("subject")).contains("Your business licence LIC-" + reference + " is approved");
		});
	}

	@Test
	void cockpitsFirstRunSetupIsClosedBecauseAnAdminExists() {
		// Camunda's webapps offer "create the first admin" to anyone while camunda-admin
		// is empty
		assertThat(this.identityService.createUserQuery().memberOfGroup("camunda-admin").list())
			.extracting(org.camunda.bpm.engine.identity.User::getId)
			.containsExactly("alex");
		assertThat(this.identityService.checkPassword("alex", "demo")).isTrue();
	}

}
