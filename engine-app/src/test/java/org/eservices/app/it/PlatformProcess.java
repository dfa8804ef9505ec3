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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eservices.app.EservicesApplication;

import static org.awaitility.Awaitility.await;

/**
 * The platform as a process of its own, as a crash needs: started from the tests'
 * classpath on 127.0.0.1 and killed outright (SIGKILL), with the calls a citizen makes.
 */
final class PlatformProcess implements AutoCloseable {

	private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final int port;

	private final Process process;

	private PlatformProcess(int port, Process process) {
		this.port = port;
		this.process = process;
	}

	/**
	 * @param workingDirectory where its log goes (and the default profile's ./data/)
	 */
	static PlatformProcess start(Path workingDirectory, int port, Map<String, String> environment, String... arguments)
			throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				EservicesApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1",
				"--camunda.bpm.webapp.enabled=false", "--eservices.rate-limits.submissions.capacity=100000",
				"--logging.level.root=WARN"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workingDirectory.resolve("platform-" + port + "-" + System.nanoTime() + ".log").toFile());
		builder.environment().putAll(environment);
		PlatformProcess platform = new PlatformProcess(port, builder.start());
		platform.awaitUp();
		return platform;
	}

	int port() {
		return this.port;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void awaitUp() {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The platform exited with " + this.process.exitValue());
			}
			try {
				return this.http.send(request("/api/services").build(), HttpResponse.BodyHandlers.ofString())
					.body()
					.contains("business-licence");
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	/** SIGKILL: no shutdown hook, no flush, no goodbye. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	/** Signs up a citizen (for a profile without demo users). */
	void signUp(String email, String password) throws IOException, InterruptedException {
		HttpResponse<String> answer = this.http.send(request("/api/signup").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"email": "%s", "firstName": "Crash", "lastName": "Tester", "password": "%s"}""".formatted(email,
					password)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 201 && answer.statusCode() != 200) {
			throw new IllegalStateException("Sign-up answered " + answer.statusCode() + ": " + answer.body());
		}
	}

	/**
	 * @param idempotencyKey sent when not null
	 * @return the reference when the platform answered with a success; nothing when it
	 * did not answer so (refused, or no answer at all)
	 */
	Optional<String> submit(String user, String password, String body, String idempotencyKey) {
		HttpRequest.Builder submission = request(Applications.PATH).header("Authorization", basic(user, password))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			submission.header("Idempotency-Key", idempotencyKey);
		}
		try {
			HttpResponse<String> answer = this.http.send(submission.build(), HttpResponse.BodyHandlers.ofString());
			Matcher reference = REFERENCE.matcher(answer.body());
			return (answer.statusCode() / 100 == 2 && reference.find()) ? Optional.of(reference.group(1))
					: Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	boolean exists(String user, String password, String reference) throws IOException, InterruptedException {
		return this.http
			.send(request("/api/requests/" + reference).header("Authorization", basic(user, password)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode() == 200;
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(uri(path));
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
