package org.eservices.app.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eservices.app.EservicesApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The zero-set-up default (H2 file database) loses nothing it acknowledged when its
 * process is killed outright: citizens submit from four threads, the platform is killed
 * with SIGKILL while they do, and after a restart every request answered with 201 is
 * there. Real processes, as a crash needs.
 */
class ZeroSetupCrashTest {

	private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");

	private static final String AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString("anna:demo".getBytes(StandardCharsets.UTF_8));

	@TempDir
	Path data;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void everyAcknowledgedSubmissionSurvivesAKill() throws Exception {
		int port = freePort();
		Process platform = start(port);
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicBoolean killed = new AtomicBoolean();
		try {
			awaitUp(port);
			ExecutorService citizens = Executors.newFixedThreadPool(4);
			for (int i = 0; i < 4; i++) {
				citizens.submit(() -> {
					while (!killed.get()) {
						submit(port).ifPresent(acknowledged::add);
					}
					return null;
				});
			}
			await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= 40);
			platform.destroyForcibly().waitFor();
			killed.set(true);
			citizens.shutdown();
		}
		finally {
			platform.destroyForcibly().waitFor();
		}

		Process restarted = start(port);
		try {
			awaitUp(port);
			List<String> lost = acknowledged.stream().filter((reference) -> !exists(port, reference)).toList();
			assertThat(lost).as("acknowledged with 201, gone after the restart").isEmpty();
		}
		finally {
			restarted.destroyForcibly().waitFor();
		}
	}

	private Process start(int port) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				EservicesApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1",
				"--camunda.bpm.webapp.enabled=false", "--eservices.rate-limits.submissions.capacity=100000",
				"--logging.level.root=WARN")
			// the default database as it is configured: ./data/ of the working directory
			.directory(this.data.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.data.resolve("platform-" + port + "-" + System.nanoTime() + ".log").toFile())
			.start();
	}

	private void awaitUp(int port) {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
			try {
				return this.http
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/services")).build(),
							HttpResponse.BodyHandlers.ofString())
					.body()
					.contains("business-licence");
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	/** A reference when the platform answered 201; nothing when it did not answer so. */
	private java.util.Optional<String> submit(int port) {
		try {
			HttpResponse<String> answer = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + Applications.PATH))
					.header("Authorization", AUTHORIZATION)
					.header("Content-Type", "application/json")
					.timeout(Duration.ofSeconds(10))
					.POST(HttpRequest.BodyPublishers.ofString(Applications.valid("Crash Cafe")))
					.build(), HttpResponse.BodyHandlers.ofString());
			Matcher reference = REFERENCE.matcher(answer.body());
			return (answer.statusCode() == 201 && reference.find()) ? java.util.Optional.of(reference.group(1))
					: java.util.Optional.empty();
		}
		catch (IOException ex) {
			return java.util.Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return java.util.Optional.empty();
		}
	}

	private boolean exists(int port, String reference) {
		try {
			return this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/requests/" + reference))
					.header("Authorization", AUTHORIZATION)
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
