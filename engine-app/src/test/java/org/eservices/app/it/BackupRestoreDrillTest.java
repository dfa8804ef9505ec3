package org.eservices.app.it;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The restore drill, as an operator would run it with {@code scripts/backup} and
 * {@code scripts/restore} (pgBackRest, continuous WAL archiving every 60 s): a PostgreSQL
 * cluster serves the platform, citizens submit requests with documents and pay, a full
 * backup is taken, more requests come, the cluster is destroyed (killed, its data
 * directory deleted), restored to the latest point and started again. Every acknowledged
 * request is back with its process instance, documents and payment; the measured recovery
 * point and recovery time are printed and held to the targets (15 minutes, 2 hours).
 * Debian's PostgreSQL and pgBackRest, run as the {@code postgres} user when the tests run
 * as root (PostgreSQL refuses root).
 */
class BackupRestoreDrillTest {

	private static final String CITIZEN = "drill.citizen@example.org";

	private static final String PASSWORD = "restore me to the latest point";

	private static final String STANZA = "drill";

	private final boolean root = "root".equals(System.getProperty("user.name"));

	private final Path work;

	private final Path binaries = debianPostgres();

	private final int pgPort;

	private PlatformProcess platform;

	BackupRestoreDrillTest() throws IOException {
		this.work = Files.createTempDirectory("restore-drill");
		this.pgPort = PlatformProcess.freePort();
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (this.platform != null) {
			this.platform.kill();
		}
		if (Files.exists(this.work.resolve("pgdata/postmaster.pid"))) {
			asPostgres(pgCtl("stop", "-m", "immediate"));
		}
		try (Stream<Path> files = Files.walk(this.work)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	@Test
	void everyAcknowledgedRequestIsBackAfterTheClusterIsDestroyedAndRestored() throws Exception {
		for (String folder : List.of("pgdata", "run", "repo", "log", "lock", "spool")) {
			Files.createDirectories(this.work.resolve(folder));
		}
		// as an operator configures pgBackRest: one file (here beside the cluster)
		Files.writeString(this.work.resolve("pgbackrest.conf"), """
				[global]
				repo1-path=%s
				repo1-retention-full=2
				log-path=%s
				lock-path=%s
				spool-path=%s
				start-fast=y
				log-level-console=warn

				[%s]
				pg1-path=%s
				pg1-port=%d
				pg1-socket-path=%s
				""".formatted(this.work.resolve("repo"), this.work.resolve("log"), this.work.resolve("lock"),
				this.work.resolve("spool"), STANZA, this.work.resolve("pgdata"), this.pgPort, this.work.resolve("run")),
				StandardCharsets.UTF_8);
		if (this.root) {
			run(List.of("chown", "-R", "postgres:postgres", this.work.toString()));
		}
		asPostgres(List.of(this.binaries.resolve("initdb").toString(), "-D", this.work.resolve("pgdata").toString(),
				"-U", "postgres", "--auth=trust", "--no-sync"));
		Files.writeString(this.work.resolve("pgdata/postgresql.auto.conf"), """
				listen_addresses = '127.0.0.1'
				port = %d
				unix_socket_directories = '%s'
				max_connections = 100
				wal_level = replica
				archive_mode = on
				archive_timeout = 60
				archive_command = 'pgbackrest --config=%s --stanza=%s archive-push %%p'
				""".formatted(this.pgPort, this.work.resolve("run"), this.work.resolve("pgbackrest.conf"), STANZA),
				StandardCharsets.UTF_8);
		startPostgres();
		asPostgres(List.of(script("backup"), "info"), true);

		this.platform = startPlatform();
		this.platform.signUp(CITIZEN, PASSWORD);
		Api citizen = api();
		Map<String, byte[]> acknowledged = new LinkedHashMap<>();
		for (int i = 0; i < 3; i++) {
			acknowledged.put(submitWithDocument(citizen, "Backed Up Bakery " + i), document(i));
		}
		String paid = acknowledged.keySet().iterator().next();
		String checkout = citizen.get(CITIZEN, "/api/requests/" + paid).getBody().at("/payment/checkoutUrl").asText();
		assertThat(citizen.press(CITIZEN, URI.create(checkout).getPath() + "/pay").getStatusCode())
			.isEqualTo(HttpStatus.OK);

		String backupOutput = asPostgres(List.of(script("backup"), "full"));
		assertThat(backupOutput).contains("Backup (full) done");
		for (int i = 3; i < 6; i++) {
			acknowledged.put(submitWithDocument(citizen, "After Backup Bakery " + i), document(i));
		}
		Instant lastAcknowledged = Instant.now();
		// what a crash would lose is what was not archived yet: archive_timeout bounds it
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> lastArchived().isAfter(lastAcknowledged));
		Instant recoveryPoint = lastArchived();

		this.platform.kill();
		this.platform = null;
		asPostgres(pgCtl("stop", "-m", "immediate"));
		Instant destroyed = Instant.now();
		try (Stream<Path> files = Files.walk(this.work.resolve("pgdata"))) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		Files.createDirectories(this.work.resolve("pgdata"));
		if (this.root) {
			run(List.of("chown", "postgres:postgres", this.work.resolve("pgdata").toString()));
		}

		String restoreOutput = asPostgres(List.of(script("restore")));
		assertThat(restoreOutput).contains("Restored in");
		startPostgres();
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> "f".equals(sql("select pg_is_in_recovery()")));
		this.platform = startPlatform();
		Instant serving = Instant.now();

		Api restored = api();
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, byte[]> request : acknowledged.entrySet()) {
			ResponseEntity<JsonNode> found = restored.get(CITIZEN, "/api/requests/" + request.getKey());
			if (found.getStatusCode() != HttpStatus.OK) {
				missing.add(request.getKey());
				continue;
			}
			String id = restored.get(CITIZEN, "/api/requests/" + request.getKey() + "/attachments")
				.getBody()
				.get(0)
				.get("id")
				.asText();
			assertThat(new TestRestTemplate(builder()).withBasicAuth(CITIZEN, PASSWORD)
				.getForEntity("/api/requests/" + request.getKey() + "/attachments/" + id, byte[].class)
				.getBody()).as("the document of %s", request.getKey()).isEqualTo(request.getValue());
		}
		assertThat(missing).as("acknowledged, gone after the restore").isEmpty();
		assertThat(sql("select count(distinct business_key_) from act_hi_procinst where business_key_ like 'BL-%'"))
			.as("one process instance per request")
			.isEqualTo(String.valueOf(acknowledged.size()));
		assertThat(restored.get(CITIZEN, "/api/requests/" + paid).getBody().at("/payment/status").asText())
			.isEqualTo("PAID");

		Duration archiveDelay = Duration.between(lastAcknowledged, recoveryPoint);
		Duration recoveryTime = Duration.between(destroyed, serving);
		System.out.printf("Restore drill: %d requests acknowledged, %d back after the restore; recovery point:"
				+ " every acknowledged request (the last one's WAL archived %d s after it, archive_timeout 60 s);"
				+ " recovery time %d s (restore, WAL replay and platform start)%n", acknowledged.size(),
				acknowledged.size() - missing.size(), archiveDelay.toSeconds(), recoveryTime.toSeconds());
		// nothing acknowledged was lost; what a crash at the worst moment could lose is
		// what waited for its WAL to be archived
		assertThat(archiveDelay).as("recovery point objective").isLessThan(Duration.ofMinutes(15));
		assertThat(recoveryTime).as("recovery time objective").isLessThan(Duration.ofHours(2));
	}

	private String submitWithDocument(Api citizen, String businessName) {
		ResponseEntity<JsonNode> submitted = citizen.post(CITIZEN, Applications.PATH, Applications.valid(businessName));
		assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.CREATED);
		String reference = submitted.getBody().get("reference").asText();
		int index = Integer.parseInt(businessName.substring(businessName.lastIndexOf(' ') + 1));
		assertThat(citizen
			.upload(CITIZEN, "/api/requests/" + reference + "/attachments", "plan-" + index + ".pdf", document(index))
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return reference;
	}

	private static byte[] document(int index) {
		return ("%PDF-1.4\n% drill document " + index + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private PlatformProcess startPlatform() throws IOException {
		int port = (this.platform != null) ? this.platform.port() : PlatformProcess.freePort();
		return PlatformProcess.start(this.work, port,
				Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:" + this.pgPort + "/postgres",
						"SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "trust"),
				"--spring.profiles.active=postgres");
	}

	private Api api() {
		return new Api(new TestRestTemplate(builder()), PASSWORD);
	}

	private RestTemplateBuilder builder() {
		return new RestTemplateBuilder().rootUri("http://127.0.0.1:" + this.platform.port());
	}

	private void startPostgres() throws Exception {
		asPostgres(pgCtl("start", "-w", "-t", "120", "-l", this.work.resolve("log/postgres.log").toString()));
	}

	private List<String> pgCtl(String... arguments) {
		List<String> command = new ArrayList<>(
				List.of(this.binaries.resolve("pg_ctl").toString(), "-D", this.work.resolve("pgdata").toString()));
		command.addAll(List.of(arguments));
		return command;
	}

	private Instant lastArchived() throws Exception {
		String time = sql("select coalesce(extract(epoch from last_archived_time), 0) from pg_stat_archiver");
		return Instant.ofEpochMilli((long) (Double.parseDouble(time) * 1000));
	}

	private String sql(String query) throws Exception {
		return asPostgres(List.of(this.binaries.resolve("psql").toString(), "-h", this.work.resolve("run").toString(),
				"-p", String.valueOf(this.pgPort), "-U", "postgres", "-d", "postgres", "-tA", "-c", query))
			.strip();
	}

	private String script(String name) {
		return Path.of("..", "scripts", name).toAbsolutePath().normalize().toString();
	}

	private String asPostgres(List<String> command) throws Exception {
		return asPostgres(command, false);
	}

	/**
	 * Runs a command as the cluster's owner, with the drill's pgBackRest configuration.
	 */
	private String asPostgres(List<String> command, boolean mayFail) throws Exception {
		List<String> full = new ArrayList<>();
		if (this.root) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(List.of("env", "PGBACKREST_CONFIG=" + this.work.resolve("pgbackrest.conf"),
				"ESERVICES_BACKUP_STANZA=" + STANZA));
		full.addAll(command);
		return run(full, mayFail);
	}

	private String run(List<String> command) throws Exception {
		return run(command, false);
	}

	private String run(List<String> command, boolean mayFail) throws Exception {
		Process process = new ProcessBuilder(command).directory(this.work.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		if (exit != 0 && !mayFail) {
			throw new AssertionError(String.join(" ", command) + " exited with " + exit + ":\n" + output);
		}
		return output;
	}

	/** The newest PostgreSQL the distribution installed (Debian: postgresql-NN). */
	private static Path debianPostgres() {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.filter((version) -> Files.isExecutable(version.resolve("bin/initdb")))
				.max(Comparator.comparing((version) -> Integer.parseInt(version.getFileName().toString())))
				.map((version) -> version.resolve("bin"))
				.orElseThrow(() -> new IllegalStateException(
						"No PostgreSQL in /usr/lib/postgresql: install postgresql and pgbackrest"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("No PostgreSQL in /usr/lib/postgresql: install postgresql and pgbackrest",
					ex);
		}
	}

}
