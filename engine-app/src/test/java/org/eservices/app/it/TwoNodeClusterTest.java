package org.eservices.app.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two platform nodes on one PostgreSQL, as the production stack runs them behind its load
 * balancer: a browser session begun on one node goes on on the other, also once its own
 * node is gone; a client's sign-in allowance is one for the cluster, not one per node; an
 * e-service deployed on one node is in the other's catalog within seconds; and with both
 * job executors running, each connector job sends its message once.
 */
class TwoNodeClusterTest {

	private static final String CITIZEN = "cluster.citizen@example.org";

	private static final String PASSWORD = "two nodes one truth";

	private static final String ADMIN_PASSWORD = "cluster admin password";

	private static final int SUBMISSIONS = 20;

	@TempDir
	Path work;

	@Test
	void twoNodesServeOnePlatform() throws Exception {
		WireMockServer sendGrid = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
		sendGrid.start();
		sendGrid.stubFor(post(ProviderFaultsIntegrationTest.MAIL_SEND)
			.willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-cluster")));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "300")
			.start()) {
			JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
			Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL",
					postgres.getJdbcUrl("postgres", "postgres"), "SPRING_DATASOURCE_USERNAME", "postgres",
					"SPRING_DATASOURCE_PASSWORD", "postgres", "SENDGRID_API_KEY", "SG.cluster",
					"CAMUNDA_BPM_ADMIN_USER_ID", "admin", "CAMUNDA_BPM_ADMIN_USER_PASSWORD", ADMIN_PASSWORD,
					// the test's client speaks plain HTTP: no Secure cookies
					"ESERVICES_SECURE_COOKIES", "false", "ESERVICES_DB_POOL_SIZE", "20");
			try (PlatformProcess first = node(environment, "node-a", sendGrid);
					PlatformProcess second = node(environment, "node-b", sendGrid)) {
				first.signUp(CITIZEN, PASSWORD);

				// the sign-in allowance (4 failures) is the cluster's: 2 on each node use
				// it up
				for (PlatformProcess node : List.of(first, first, second, second)) {
					assertThat(status(node, "/api/me", PlatformProcess.basic(CITIZEN, "wrong password")))
						.isEqualTo(401);
				}
				assertThat(status(first, "/api/me", PlatformProcess.basic(CITIZEN, PASSWORD)))
					.as("used up on both nodes")
					.isEqualTo(429);
				assertThat(status(second, "/api/me", PlatformProcess.basic(CITIZEN, PASSWORD))).isEqualTo(429);
				db.update("delete from rate_limit_bucket");

				// deployed on the first node, in the second's catalog within seconds
				assertThat(deploy(first)).isEqualTo(200);
				await().atMost(Duration.ofSeconds(10))
					.until(() -> body(second, "/api/services", null).contains("parking-permit"));

				// submissions on both nodes, their e-mails sent by both job executors,
				// each once
				List<String> references = new ArrayList<>();
				for (int made = 0; made < SUBMISSIONS; made++) {
					PlatformProcess node = (made % 2 == 0) ? first : second;
					references.add(node
						.submit(CITIZEN, PASSWORD, Applications.valid("Cluster Cafe " + made), "cluster-" + made)
						.orElseThrow());
				}
				await().atMost(Duration.ofMinutes(2))
					.until(() -> db.queryForObject(
							"select count(*) from act_ru_job job join act_ru_jobdef definition on job.job_def_id_ = definition.id_"
									+ " where definition.act_id_ = 'NotifySubmittedEmail'",
							Long.class) == 0
							&& sendGrid.findAll(postRequestedFor(urlEqualTo(ProviderFaultsIntegrationTest.MAIL_SEND)))
								.size() >= SUBMISSIONS);
				assertThat(references).doesNotHaveDuplicates();
				assertThat(sendGrid.findAll(postRequestedFor(urlEqualTo(ProviderFaultsIntegrationTest.MAIL_SEND))))
					.as("one e-mail per submission, none twice")
					.hasSize(SUBMISSIONS);
				assertThat(db.queryForList("select distinct hostname_ from act_hi_job_log where act_id_ = "
						+ "'NotifySubmittedEmail' and job_state_ = 2", String.class))
					.as("both nodes' job executors sent some")
					.containsExactlyInAnyOrder("node-a", "node-b");

				// a browser signed in on the first node carries on on the second, and
				// after
				// the first is gone
				Browser browser = new Browser();
				browser.signIn(first, CITIZEN, PASSWORD);
				assertThat(browser.get(second, "/api/me")).contains(CITIZEN);
				first.kill();
				assertThat(browser.get(second, "/api/requests?size=50")).contains(references.get(0));
			}
		}
		finally {
			sendGrid.stop();
		}
	}

	private PlatformProcess node(Map<String, String> environment, String name, WireMockServer sendGrid)
			throws IOException {
		return PlatformProcess.start(this.work, PlatformProcess.freePort(), environment,
				"--spring.profiles.active=postgres", "--eservices.connectors.sendgrid.base-url=" + sendGrid.baseUrl(),
				"--eservices.rate-limits.sign-in.capacity=4", "--eservices.rate-limits.sign-in.period=PT10M",
				// the engine's name for the node, in the job log
				"--camunda.bpm.generic-properties.properties.hostname=" + name);
	}

	/** Camunda Modeler's deployment of a new e-service, by the platform's admin. */
	private static int deploy(PlatformProcess node) throws IOException, InterruptedException {
		String boundary = "cluster-" + System.nanoTime();
		StringBuilder body = new StringBuilder();
		Map<String, String[]> parts = new HashMap<>();
		parts.put("deployment-name", new String[] { null, "parking-permit" });
		parts.put("deploy-changed-only", new String[] { null, "true" });
		parts.put("parking-permit.bpmn", new String[] { "parking-permit.bpmn", HotDeploymentIntegrationTest.BPMN });
		parts.put("parking-permit.form", new String[] { "parking-permit.form", HotDeploymentIntegrationTest.FORM });
		parts.forEach((name, part) -> body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append((part[0] != null) ? "\"; filename=\"" + part[0] + "\"\r\nContent-Type: application/octet-stream"
					: "\"")
			.append("\r\n\r\n")
			.append(part[1])
			.append("\r\n"));
		body.append("--").append(boundary).append("--\r\n");
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(node.uri("/engine-rest/deployment/create"))
				.header("Authorization", PlatformProcess.basic("admin", ADMIN_PASSWORD))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static int status(PlatformProcess node, String path, String authorization)
			throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(node.uri(path))
				.header("Authorization", authorization)
				.header("X-Requested-With", "XMLHttpRequest")
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static String body(PlatformProcess node, String path, String authorization)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	/**
	 * A browser's cookies, kept per host as a browser does: both nodes are 127.0.0.1, as
	 * two nodes behind one load balancer are one site to the browser.
	 */
	private static final class Browser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		/** The sign-in form, with the CSRF token from the cookie the portal sets. */
		void signIn(PlatformProcess node, String user, String password) throws IOException, InterruptedException {
			get(node, "/api/services");
			String token = this.http.cookieHandler()
				.map((cookies) -> ((CookieManager) cookies).getCookieStore().getCookies())
				.orElseThrow()
				.stream()
				.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
				.findFirst()
				.orElseThrow()
				.getValue();
			String form = "username=" + encode(user) + "&password=" + encode(password);
			HttpResponse<Void> signedIn = this.http.send(HttpRequest.newBuilder(node.uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", token)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(signedIn.statusCode()).as("signed in, sent on").isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		}

		String get(PlatformProcess node, String path) throws IOException, InterruptedException {
			HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(node.uri(path))
				.header("Accept", "application/json")
				.header("X-Requested-With", "XMLHttpRequest")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path + " on port " + node.port()).isEqualTo(200);
			return answer.body();
		}

		private static String encode(String value) {
			return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
