package org.eservices.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eservices.portal.requests.Submissions;
import org.eservices.portal.security.PortalUser;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Submissions per second through the whole portal path (HTTP, authentication, form
 * validation, reference number, index row, process start) against raw in-process starts
 * of the same process with the same variables, in one run on one embedded PostgreSQL 17.
 *
 * <p>
 * Run: {@code ./mvnw -q -Pbench -pl bench -am -DskipTests verify} (optionally
 * {@code -Dbench.count=2000 -Dbench.threads=3}; threads default to the cores plus one).
 */
public final class SubmissionBenchmark {

	static final String PASSWORD = "bench-password";

	static final int ROUNDS = 3;

	/** Warm-up ends when a round's submission rate is within this of the one before. */
	static final double STEADY = 0.05;

	/** Two equal early rounds are not yet steady: the JIT is still at work then. */
	static final int MIN_WARMUP_ROUNDS = 8;

	static final int MAX_WARMUP_ROUNDS = 15;

	static final String CITIZEN = "benchcitizen";

	static final String BODY = """
			{"applicantName":"Bench Citizen","email":"bench@example.org","phone":"+4930664040900",
			 "businessName":"Bench Bakery","activityType":"food","address":"1 Bench Street, Springfield",
			 "employees":3,"openingDate":"2027-01-15","declaration":true}""";

	static final byte[] BODY_BYTES = BODY.getBytes(StandardCharsets.UTF_8);

	private SubmissionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = Integer.getInteger("bench.count", 2000);
		// one more than the cores: enough to keep them busy while a request waits for
		// the database, without measuring the scheduler
		int configuredThreads = Integer.getInteger("bench.threads", 0);
		int threads = (configuredThreads > 0) ? configuredThreads : Runtime.getRuntime().availableProcessors() + 1;
		int warmup = Integer.getInteger("bench.warmup", count);
		try (BenchPlatform platform = BenchPlatform.start("--camunda.bpm.job-execution.enabled=false")) {
			ConfigurableApplicationContext app = platform.app();
			createCitizen(app.getBean(IdentityService.class));
			RuntimeService runtime = app.getBean(RuntimeService.class);
			URL url = URI
				.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort()
						+ "/api/services/business-licence/requests")
				.toURL();
			String authorization = "Basic "
					+ Base64.getEncoder().encodeToString((CITIZEN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

			Load raw = (i) -> runtime.startProcessInstanceByKey("business-licence", variables());
			Load submission = (i) -> submit(url, authorization);
			Submissions submissions = app.getBean(Submissions.class);
			ObjectNode data = (ObjectNode) app.getBean(ObjectMapper.class).readTree(BODY);
			PortalUser citizen = new PortalUser(CITIZEN, Set.of("citizen"), List.of("citizen"));
			Load inProcess = (i) -> submissions.submit(citizen, "business-licence", data.deepCopy(), null);

			// The engine, FEEL and the HTTP stack take tens of thousands of calls to be
			// fully compiled, the portal path (more code) longest: measure only once the
			// rates have stopped climbing.
			System.out.printf("warming up: at least %d rounds of %d of each, until the submission rate is steady%n",
					MIN_WARMUP_ROUNDS, warmup);
			double previous = 0;
			for (int round = 1; round <= MAX_WARMUP_ROUNDS; round++) {
				Runner.run("warm-up raw, round " + round, warmup, threads, raw);
				Runner.run("warm-up in-process, round " + round, warmup, threads, inProcess);
				double rate = Runner.run("warm-up submissions, round " + round, warmup, threads, submission);
				if (round >= MIN_WARMUP_ROUNDS && Math.abs(rate - previous) / previous < STEADY) {
					System.out.printf("steady after %d warm-up rounds%n", round);
					break;
				}
				previous = rate;
			}

			// alternate the two, so that neither profits from a smaller database or a
			// colder JIT
			double rawRate = 0;
			double submitRate = 0;
			double serviceRate = 0;
			for (int round = 1; round <= ROUNDS; round++) {
				submitRate += Runner.run("portal submissions, round " + round, count, threads, submission) / ROUNDS;
				rawRate += Runner.run("raw engine starts, round " + round, count, threads, raw) / ROUNDS;
				serviceRate += Runner.run("in-process submissions (no HTTP), round " + round, count, threads, inProcess)
						/ ROUNDS;
			}
			System.out.printf("%nbusiness-licence, %d each, %d threads, PostgreSQL 17 (embedded)%n", count, threads);
			System.out.printf("raw engine starts/s (mean):     %8.1f%n", rawRate);
			System.out.printf("portal submissions/s (mean):    %8.1f%n", submitRate);
			System.out.printf("in-process submissions/s (mean):%8.1f  (same work without HTTP and sign-in)%n",
					serviceRate);
			System.out.printf("ratio submissions/raw:          %8.2f  (target >= 0.80)%n", submitRate / rawRate);
			System.out.printf("ratio in-process/raw:           %8.2f%n", serviceRate / rawRate);
		}
	}

	private static void createCitizen(IdentityService identity) {
		User user = identity.newUser(CITIZEN);
		user.setFirstName("Bench");
		user.setLastName("Citizen");
		user.setPassword(PASSWORD);
		identity.saveUser(user);
		identity.createMembership(CITIZEN, "citizen");
	}

	/** The variables a submission sets, so both paths store the same. */
	private static Map<String, Object> variables() {
		return Map.of("applicantName", "Bench Citizen", "email", "bench@example.org", "phone", "+4930664040900",
				"businessName", "Bench Bakery", "activityType", "food", "address", "1 Bench Street, Springfield",
				"employees", 3L, "openingDate", "2027-01-15", "declaration", true, "citizenId", CITIZEN);
	}

	/**
	 * A blocking HTTP/1.1 call with keep-alive: the lightest client the JDK has, so that
	 * the client's own CPU (it shares the machine with the server) weighs as little as
	 * possible.
	 */
	private static void submit(URL url, String authorization) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) url.openConnection();
		connection.setRequestMethod("POST");
		connection.setDoOutput(true);
		connection.setRequestProperty("Content-Type", "application/json");
		connection.setRequestProperty("Authorization", authorization);
		try (OutputStream out = connection.getOutputStream()) {
			out.write(BODY_BYTES);
		}
		int status = connection.getResponseCode();
		try (InputStream in = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
			byte[] body = in.readAllBytes();
			if (status != 201) {
				throw new IllegalStateException(
						"Submission failed: " + status + " " + new String(body, StandardCharsets.UTF_8));
			}
		}
	}

	private static long jvmCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	@FunctionalInterface
	interface Load {

		void call(int i) throws Exception;

	}

	/** Runs a load on a fixed number of threads and reports progress and the rate. */
	static final class Runner {

		private Runner() {
		}

		static double run(String name, int count, int threads, Load load) throws InterruptedException {
			AtomicInteger next = new AtomicInteger();
			AtomicInteger done = new AtomicInteger();
			Thread[] workers = new Thread[threads];
			long start = System.nanoTime();
			long cpuStart = jvmCpuNanos();
			for (int t = 0; t < threads; t++) {
				workers[t] = new Thread(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						try {
							load.call(i);
						}
						catch (Exception ex) {
							throw new IllegalStateException(ex);
						}
						int finished = done.incrementAndGet();
						if (finished % Math.max(1, count / 4) == 0) {
							System.out.printf("  %s: %d/%d%n", name, finished, count);
						}
					}
				}, name + "-" + t);
				workers[t].start();
			}
			for (Thread worker : workers) {
				worker.join();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			if (done.get() != count) {
				throw new IllegalStateException(name + " finished " + done.get() + " of " + count);
			}
			System.out.printf("  %s: %.1f/s, JVM CPU %.2f ms per operation%n", name, count / seconds,
					(jvmCpuNanos() - cpuStart) / 1e6 / count);
			return count / seconds;
		}

	}

}
