package org.eservices.app.it;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production profile on a real PostgreSQL, killed outright (SIGKILL) while citizens
 * submit and its job executor sends their e-mails through a slow SendGrid: after a
 * restart every acknowledged request is there with one process instance, the submissions
 * left unanswered are sent again with their {@code Idempotency-Key} and make one request
 * each, and the jobs the kill interrupted were locked for less than a minute (ADR 0009)
 * and run to their end.
 */
class PostgresCrashTest {

	private static final String CITIZEN = "crash.tester@example.org";

	private static final String PASSWORD = "kill nine and carry on";

	@TempDir
	Path work;

	@Test
	void acknowledgedSubmissionsSurviveAKillAndInterruptedJobsResumeWithinAMinute() throws Exception {
		WireMockServer sendGrid = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
		sendGrid.start();
		// slow enough that e-mail jobs are running at the kill
		sendGrid.stubFor(post(ProviderFaultsIntegrationTest.MAIL_SEND)
			.willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-crash").withFixedDelay(1500)));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "200")
			.start()) {
			JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
			Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL",
					postgres.getJdbcUrl("postgres", "postgres"), "SPRING_DATASOURCE_USERNAME", "postgres",
					"SPRING_DATASOURCE_PASSWORD", "postgres", "SENDGRID_API_KEY", "SG.crash");
			String[] arguments = { "--spring.profiles.active=postgres",
					"--eservices.connectors.sendgrid.base-url=" + sendGrid.baseUrl() };
			int port = PlatformProcess.freePort();

			Map<String, String> sent = new ConcurrentHashMap<>();
			Map<String, String> acknowledged = new ConcurrentHashMap<>();
			AtomicBoolean killed = new AtomicBoolean();
			Instant killedAt;
			try (PlatformProcess platform = PlatformProcess.start(this.work, port, environment, arguments)) {
				platform.signUp(CITIZEN, PASSWORD);
				AtomicInteger next = new AtomicInteger();
				ExecutorService citizens = Executors.newFixedThreadPool(4);
				for (int i = 0; i < 4; i++) {
					citizens.submit(() -> {
						while (!killed.get()) {
							String key = "crash-" + next.incrementAndGet();
							String body = Applications.valid("Crash Cafe " + key);
							sent.put(key, body);
							platform.submit(CITIZEN, PASSWORD, body, key)
								.ifPresent((reference) -> acknowledged.put(key, reference));
						}
						return null;
					});
				}
				await().atMost(Duration.ofMinutes(2))
					.until(() -> acknowledged.size() >= 30 && !lockedJobs(db).isEmpty());
				platform.kill();
				killedAt = db.queryForObject("select current_timestamp", Timestamp.class).toInstant();
				killed.set(true);
				citizens.shutdown();
				assertThat(citizens.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
			}

			int answeredBeforeTheKill = acknowledged.size();
			Map<String, Instant> interrupted = lockedJobs(db);
			assertThat(interrupted).as("jobs running at the kill").isNotEmpty();
			assertThat(interrupted.values()).as("taken up again within a minute of the kill")
				.allSatisfy((expiry) -> assertThat(expiry).isBefore(killedAt.plus(Duration.ofMinutes(1))));

			try (PlatformProcess restarted = PlatformProcess.start(this.work, port, environment, arguments)) {
				for (Map.Entry<String, String> unanswered : sent.entrySet()) {
					if (!acknowledged.containsKey(unanswered.getKey())) {
						String reference = restarted
							.submit(CITIZEN, PASSWORD, unanswered.getValue(), unanswered.getKey())
							.orElseThrow(() -> new AssertionError("resent " + unanswered.getKey() + ", not accepted"));
						acknowledged.put(unanswered.getKey(), reference);
					}
				}
				List<String> lost = acknowledged.values().stream().filter((reference) -> {
					try {
						return !restarted.exists(CITIZEN, PASSWORD, reference);
					}
					catch (Exception ex) {
						return true;
					}
				}).toList();
				assertThat(lost).as("acknowledged, gone after the restart").isEmpty();
				assertThat(db.queryForObject("select count(*) from service_request where citizen_id = ?", Long.class,
						CITIZEN))
					.as("one request per submission, none twice")
					.isEqualTo(sent.size());
				assertThat(db.queryForObject(
						"select count(distinct business_key_) from act_hi_procinst where proc_def_key_ = 'business-licence'",
						Long.class))
					.as("one process instance per request, no orphan")
					.isEqualTo(db.queryForObject(
							"select count(*) from act_hi_procinst where proc_def_key_ = 'business-licence'",
							Long.class))
					.isEqualTo(sent.size());

				System.out.printf(
						"Crash on PostgreSQL: %d submissions, %d acknowledged before the kill, %d resent after it,"
								+ " 0 lost, 0 twice; %d jobs interrupted, their locks ran out at most %d s after"
								+ " the kill%n",
						sent.size(), answeredBeforeTheKill, sent.size() - answeredBeforeTheKill, interrupted.size(),
						interrupted.values()
							.stream()
							.mapToLong((expiry) -> Duration.between(killedAt, expiry).toSeconds())
							.max()
							.orElse(0));
				await().atMost(Duration.ofMinutes(2))
					.pollInterval(Duration.ofSeconds(1))
					.untilAsserted(() -> assertThat(db.queryForList("select id_ from act_ru_job", String.class))
						.as("the interrupted jobs ran")
						.doesNotContainAnyElementsOf(interrupted.keySet()));
			}
		}
		finally {
			sendGrid.stop();
		}
	}

	/** The engine's jobs that an executor holds now, with when their lock runs out. */
	private static Map<String, Instant> lockedJobs(JdbcTemplate db) {
		Map<String, Instant> locked = new ConcurrentHashMap<>();
		db.query("select id_, lock_exp_time_ from act_ru_job where lock_owner_ is not null", (row) -> {
			locked.put(row.getString(1), row.getTimestamp(2).toInstant());
		});
		return locked;
	}

}
