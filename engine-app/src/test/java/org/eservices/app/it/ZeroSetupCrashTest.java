package org.eservices.app.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

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

	@TempDir
	Path data;

	@Test
	void everyAcknowledgedSubmissionSurvivesAKill() throws Exception {
		int port = PlatformProcess.freePort();
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicBoolean killed = new AtomicBoolean();
		// the default database as it is configured: ./data/ of the working directory
		try (PlatformProcess platform = PlatformProcess.start(this.data, port, Map.of())) {
			ExecutorService citizens = Executors.newFixedThreadPool(4);
			for (int i = 0; i < 4; i++) {
				citizens.submit(() -> {
					while (!killed.get()) {
						platform.submit("anna", "demo", Applications.valid("Crash Cafe"), null)
							.ifPresent(acknowledged::add);
					}
					return null;
				});
			}
			await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= 40);
			platform.kill();
			killed.set(true);
			citizens.shutdown();
		}

		try (PlatformProcess restarted = PlatformProcess.start(this.data, port, Map.of())) {
			List<String> lost = acknowledged.stream().filter((reference) -> {
				try {
					return !restarted.exists("anna", "demo", reference);
				}
				catch (Exception ex) {
					return true;
				}
			}).toList();
			assertThat(lost).as("acknowledged with 201, gone after the restart").isEmpty();
		}
	}

}
