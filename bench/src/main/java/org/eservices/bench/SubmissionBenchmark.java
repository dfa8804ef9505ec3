package org.eservices.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eservices.portal.requests.Submissions;
import org.eservices.portal.security.PortalUser;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Submissions per second through the whole portal path (HTTP, authentication, form
 * validation, reference number, index row, process start) against raw in-process starts
 * of the same process with the same variables and against Camunda's own REST API
 * ({@code submit-form}) on the same engine, in one run on one embedded PostgreSQL 17.
 *
 * <p>
 * Run: {@code ./mvnw -q -Pbench -pl bench -am -DskipTests verify} (optionally
 * {@code -Dbench.count=2000 -Dbench.threads=3}; threads default to the cores plus one;
 * {@code -Dbench.recentlyIdleThreads=true} for the opt-in request threads of ADR 0006).
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

	static final String ADMIN = "benchadmin";

	/** The business licence's process under a key of its own, outside the catalog. */
	static final String REST_COPY = "business-licence-rest";

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
		try (BenchPlatform platform = BenchPlatform.start("--camunda.bpm.job-execution.enabled=false",
				"--eservices.web.recently-idle-threads=" + Boolean.getBoolean("bench.recentlyIdleThreads"))) {
			ConfigurableApplicationContext app = platform.app();
			createUser(app.getBean(IdentityService.class), CITIZEN, "citizen");
			createUser(app.getBean(IdentityService.class), ADMIN, "admin");
			RuntimeService runtime = app.getBean(RuntimeService.class);
			URI uri = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort()
					+ "/api/services/business-licence/requests");
			String authorization = "Authorization: Basic "
					+ Base64.getEncoder().encodeToString((CITIZEN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			// one connection per worker at a time, kept alive as a browser or API client
			// would
			Queue<KeepAliveClient> connections = new ConcurrentLinkedQueue<>();

			Load raw = (i) -> runtime.startProcessInstanceByKey("business-licence", variables());
			Load submission = (i) -> post(connections, uri, BODY_BYTES, authorization, 201);
			// Camunda's own REST API on the same engine, as an engine administrator (no
			// authorization checks, the cheapest caller it has), with the form's answers.
			// The engine surfaces may not start an e-service (the portal validates the
			// application and makes the request), so it starts the same process, forms
			// and decision deployed again outside the catalog.
			deployOutsideTheCatalog(app.getBean(RepositoryService.class));
			URI camundaUri = URI
				.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort()
						+ "/engine-rest/process-definition/key/" + REST_COPY + "/submit-form");
			String adminAuthorization = "Authorization: Basic "
					+ Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			byte[] camundaBody = camundaVariables(app.getBean(ObjectMapper.class));
			Queue<KeepAliveClient> camundaConnections = new ConcurrentLinkedQueue<>();
			Load camunda = (i) -> post(camundaConnections, camundaUri, camundaBody, adminAuthorization, 200);
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
				Runner.run("warm-up Camunda REST, round " + round, warmup, threads, camunda);
				double rate = Runner.run("warm-up submissions, round " + round, warmup, threads, submission);
				if (round >= MIN_WARMUP_ROUNDS && Math.abs(rate - previous) / previous < STEADY) {
					System.out.printf("steady after %d warm-up rounds%n", round);
					break;
				}
				previous = rate;
			}

			// alternate the paths in short stretches, so that none profits from a smaller
			// database, a colder JIT or a quieter moment of the machine
			Measure measure = new Measure(threads, raw, submission, inProcess, camunda);
			double[] rates = new double[4];
			for (int round = 1; round <= ROUNDS; round++) {
				double[] measured = measure.round(count);
				System.out.printf(
						"  round %d of %d: raw %.1f/s, portal %.1f/s (%.2f), in-process %.1f/s (%.2f), Camunda REST %.1f/s%n",
						round, ROUNDS, measured[0], measured[1], measured[1] / measured[0], measured[2],
						measured[2] / measured[0], measured[3]);
				for (int path = 0; path < rates.length; path++) {
					rates[path] += measured[path] / ROUNDS;
				}
			}
			double rawRate = rates[0];
			double submitRate = rates[1];
			double serviceRate = rates[2];
			double camundaRate = rates[3];
			connections.forEach(KeepAliveClient::closeQuietly);
			camundaConnections.forEach(KeepAliveClient::closeQuietly);
			System.out.printf("%nbusiness-licence, %d each, %d threads, PostgreSQL 17 (embedded)%n", count, threads);
			System.out.printf("raw engine starts/s (mean):     %8.1f%n", rawRate);
			System.out.printf("portal submissions/s (mean):    %8.1f%n", submitRate);
			System.out.printf("in-process submissions/s (mean):%8.1f  (same work without HTTP and sign-in)%n",
					serviceRate);
			System.out.printf("Camunda REST submit-form/s:     %8.1f%n", camundaRate);
			System.out.printf("ratio submissions/raw:          %8.2f  (target >= 0.80)%n", submitRate / rawRate);
			System.out.printf("ratio submissions/Camunda REST: %8.2f  (target >= 1.00)%n", submitRate / camundaRate);
			System.out.printf("ratio in-process/raw:           %8.2f%n", serviceRate / rawRate);
		}
	}

	/**
	 * The business licence's latest deployment again, its process as {@link #REST_COPY}
	 * and without a reference prefix, which is what makes a process an e-service.
	 */
	private static void deployOutsideTheCatalog(RepositoryService repository) {
		ProcessDefinition original = repository.createProcessDefinitionQuery()
			.processDefinitionKey("business-licence")
			.latestVersion()
			.singleResult();
		// read afresh: the engine's model instance is its cache's, not ours to change
		BpmnModelInstance model = Bpmn.readModelFromStream(repository.getProcessModel(original.getId()));
		Process process = model.getModelElementById(original.getKey());
		process.setId(REST_COPY);
		model.getModelElementsByType(CamundaProperty.class)
			.stream()
			.filter((property) -> "eservice.referencePrefix".equals(property.getCamundaName()))
			.forEach((property) -> property.getParentElement().removeChildElement(property));
		DeploymentBuilder copy = repository.createDeployment()
			.name(REST_COPY)
			.addModelInstance(REST_COPY + ".bpmn", model);
		// its start form and decision, bound to their deployment; no other process
		repository.getDeploymentResourceNames(original.getDeploymentId())
			.stream()
			.filter((resource) -> !resource.endsWith(".bpmn"))
			.forEach((resource) -> copy.addInputStream(resource,
					repository.getResourceAsStream(original.getDeploymentId(), resource)));
		copy.deploy();
	}

	/** The form's answers as Camunda's REST API takes them: typed values. */
	private static byte[] camundaVariables(ObjectMapper mapper) throws IOException {
		ObjectNode variables = mapper.createObjectNode();
		mapper.readTree(BODY).fields().forEachRemaining((field) -> {
			ObjectNode typed = variables.putObject(field.getKey()).set("value", field.getValue());
			if (field.getValue().isIntegralNumber()) {
				typed.put("type", "Long");
			}
		});
		ObjectNode body = mapper.createObjectNode();
		body.set("variables", variables);
		return mapper.writeValueAsBytes(body);
	}

	/** A user of the engine's identity service, with the benchmarks' password. */
	static void createUser(IdentityService identity, String id, String... groups) {
		User user = identity.newUser(id);
		user.setFirstName("Bench");
		user.setLastName(id);
		user.setPassword(PASSWORD);
		identity.saveUser(user);
		for (String group : groups) {
			identity.createMembership(id, group);
		}
	}

	/** The variables a submission sets, so both paths store the same. */
	private static Map<String, Object> variables() {
		return Map.of("applicantName", "Bench Citizen", "email", "bench@example.org", "phone", "+4930664040900",
				"businessName", "Bench Bakery", "activityType", "food", "address", "1 Bench Street, Springfield",
				"employees", 3L, "openingDate", "2027-01-15", "declaration", true, "citizenId", CITIZEN);
	}

	/**
	 * A POST on one of the pool's kept-alive connections; the answer must be the one
	 * expected.
	 */
	private static void post(Queue<KeepAliveClient> connections, URI uri, byte[] body, String authorization,
			int expected) throws IOException {
		KeepAliveClient connection = connections.poll();
		if (connection == null) {
			connection = new KeepAliveClient(uri, body, authorization);
		}
		int status = connection.send();
		connections.add(connection);
		if (status != expected) {
			throw new IllegalStateException(uri.getPath() + " answered HTTP " + status);
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

	/**
	 * Several paths measured in turns of {@value #STRETCH} calls each, their times added
	 * up: drifts of the machine (another tenant, a vacuum, the JIT) fall on all alike.
	 */
	static final class Measure {

		static final int STRETCH = 250;

		private final int threads;

		private final Load[] paths;

		Measure(int threads, Load... paths) {
			this.threads = threads;
			this.paths = paths;
		}

		/** Calls per second of each path, {@code count} calls each. */
		double[] round(int count) throws InterruptedException {
			long[] nanos = new long[this.paths.length];
			int stretches = Math.max(1, count / STRETCH);
			for (int stretch = 0; stretch < stretches; stretch++) {
				for (int path = 0; path < this.paths.length; path++) {
					nanos[path] += Runner.time("path " + path, STRETCH, this.threads, this.paths[path], false);
				}
			}
			double[] rates = new double[this.paths.length];
			for (int path = 0; path < rates.length; path++) {
				rates[path] = stretches * STRETCH / (nanos[path] / 1e9);
			}
			return rates;
		}

	}

	/** Runs a load on a fixed number of threads and reports progress and the rate. */
	static final class Runner {

		private Runner() {
		}

		static double run(String name, int count, int threads, Load load) throws InterruptedException {
			long cpuStart = jvmCpuNanos();
			double seconds = time(name, count, threads, load, true) / 1e9;
			System.out.printf("  %s: %.1f/s, JVM CPU %.2f ms per operation%n", name, count / seconds,
					(jvmCpuNanos() - cpuStart) / 1e6 / count);
			return count / seconds;
		}

		/** Nanoseconds the load took {@code count} times on {@code threads} threads. */
		static long time(String name, int count, int threads, Load load, boolean progress) throws InterruptedException {
			AtomicInteger next = new AtomicInteger();
			AtomicInteger done = new AtomicInteger();
			Thread[] workers = new Thread[threads];
			long start = System.nanoTime();
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
						if (progress && finished % Math.max(1, count / 4) == 0) {
							System.out.printf("  %s: %d/%d%n", name, finished, count);
						}
					}
				}, name + "-" + t);
				workers[t].start();
			}
			for (Thread worker : workers) {
				worker.join();
			}
			long elapsed = System.nanoTime() - start;
			if (done.get() != count) {
				throw new IllegalStateException(name + " finished " + done.get() + " of " + count);
			}
			return elapsed;
		}

	}

}
