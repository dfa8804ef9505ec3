package org.eservices.app.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * A real Keycloak for the tests: the distribution Maven unpacked into
 * {@code target/keycloak}, started once per test JVM in development mode on 127.0.0.1,
 * with {@code keycloak-realm/} and its demo users imported.
 */
public final class KeycloakServer {

	public static final String REALM = "eservices";

	public static final String ADMIN = "kc-admin";

	public static final String DEMO_PASSWORD = "demo-password-1";

	public static final String PORTAL_CLIENT_SECRET = "portal-secret-" + UUID.randomUUID();

	public static final String IDENTITY_CLIENT_SECRET = "identity-secret-" + UUID.randomUUID();

	public static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();

	/**
	 * The platform's port in the Keycloak tests, fixed before Keycloak starts: the
	 * realm's redirect and logout addresses name it.
	 */
	public static final int APP_PORT = freePort();

	public static final String APP_URL = "http://127.0.0.1:" + APP_PORT;

	private static KeycloakServer running;

	private final URI baseUrl;

	private final Process process;

	private KeycloakServer(URI baseUrl, Process process) {
		this.baseUrl = baseUrl;
		this.process = process;
	}

	/** Starts Keycloak on first use; later calls share it. */
	public static synchronized KeycloakServer start() {
		if (running == null) {
			running = launch(APP_URL);
			Runtime.getRuntime().addShutdownHook(new Thread(running.process::destroy));
		}
		return running;
	}

	public URI baseUrl() {
		return this.baseUrl;
	}

	public URI realmUrl() {
		return this.baseUrl.resolve("/realms/" + REALM);
	}

	private static KeycloakServer launch(String publicUrl) {
		try {
			Path home = distribution();
			Path data = home.resolve("data");
			deleteRecursively(data);
			Path imports = Files.createDirectories(data.resolve("import"));
			Path realm = Path.of("../keycloak-realm");
			Files.copy(realm.resolve("eservices-realm.json"), imports.resolve("eservices-realm.json"),
					StandardCopyOption.REPLACE_EXISTING);
			Files.copy(realm.resolve("dev/eservices-users-0.json"), imports.resolve("eservices-users-0.json"),
					StandardCopyOption.REPLACE_EXISTING);
			int port = freePort();
			ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
					"--http-host=127.0.0.1", "--http-port=" + port, "--import-realm", "--cache=local")
				.redirectErrorStream(true)
				.redirectOutput(home.resolve("keycloak.log").toFile());
			builder.environment()
				.putAll(Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN, "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
						"ESERVICES_PORTAL_CLIENT_SECRET", PORTAL_CLIENT_SECRET, "ESERVICES_IDENTITY_CLIENT_SECRET",
						IDENTITY_CLIENT_SECRET, "ESERVICES_PUBLIC_URL", publicUrl, "ESERVICES_DEMO_PASSWORD",
						DEMO_PASSWORD));
			Process process = builder.start();
			KeycloakServer server = new KeycloakServer(URI.create("http://127.0.0.1:" + port), process);
			HttpClient http = HttpClient.newHttpClient();
			HttpRequest discovery = HttpRequest
				.newBuilder(URI.create(server.realmUrl() + "/.well-known/openid-configuration"))
				.build();
			await("Keycloak started (log: " + home.resolve("keycloak.log") + ")").atMost(Duration.ofMinutes(4))
				.pollInterval(Duration.ofSeconds(1))
				.failFast("Keycloak exited", () -> !process.isAlive())
				.ignoreExceptions()
				.until(() -> http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path distribution() throws IOException {
		try (Stream<Path> unpacked = Files.list(Path.of("target/keycloak"))) {
			List<Path> homes = unpacked.filter((dir) -> dir.getFileName().toString().startsWith("keycloak-")).toList();
			if (homes.size() != 1) {
				throw new IllegalStateException("Expected one Keycloak under target/keycloak, found " + homes);
			}
			return homes.get(0);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
