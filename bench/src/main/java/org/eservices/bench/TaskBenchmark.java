package org.eservices.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.eservices.bench.SubmissionBenchmark.Load;
import org.eservices.bench.SubmissionBenchmark.Measure;
import org.eservices.bench.SubmissionBenchmark.Runner;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The clerks' side at scale: 100,000 open tasks in the clerk's groups, 20 portal
 * submissions a second in the background. Measures the clerk's task list
 * ({@code GET /api/tasks}, first page of 20, over HTTP) against the raw {@code TaskQuery}
 * for the same page and count, as p50 and p99 of single calls in turns; then task
 * completions per second through {@code POST /api/tasks/{id}/complete} against raw
 * {@code TaskService.complete}, in alternating stretches. One embedded PostgreSQL 17.
 *
 * <p>
 * Run: {@code ./mvnw -q -Pbench -pl bench exec:exec@run-task-benchmark} (after
 * {@code ./mvnw -q -Pbench -pl bench -am -DskipTests verify} once);
 * {@code -Dbench.openTasks=N -Dbench.samples=N -Dbench.completions=N}.
 */
public final class TaskBenchmark {

	static final String CLERK = "benchclerk";

	static final String PROCESS = "bench-review";

	private TaskBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int open = Integer.getInteger("bench.openTasks", 100_000);
		int samples = Integer.getInteger("bench.samples", 2000);
		int completions = Integer.getInteger("bench.completions", 2000);
		int threads = Runtime.getRuntime().availableProcessors() + 1;
		try (BenchPlatform platform = BenchPlatform.start("--camunda.bpm.job-execution.enabled=false")) {
			ConfigurableApplicationContext app = platform.app();
			IdentityService identity = app.getBean(IdentityService.class);
			SubmissionBenchmark.createUser(identity, CLERK, "clerk", "licensing");
			SubmissionBenchmark.createUser(identity, SubmissionBenchmark.CITIZEN, "citizen");
			app.getBean(RepositoryService.class)
				.createDeployment()
				.addModelInstance(PROCESS + ".bpmn",
						Bpmn.createExecutableProcess(PROCESS)
							.name("Bench review")
							.camundaHistoryTimeToLive(30)
							.startEvent()
							.userTask("Review")
							.name("Review")
							.camundaCandidateGroups("licensing")
							.endEvent()
							.done())
				.deploy();
			RuntimeService runtime = app.getBean(RuntimeService.class);
			TaskService tasks = app.getBean(TaskService.class);
			String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();

			Runner.run("opening " + open + " tasks", open, threads,
					(i) -> runtime.startProcessInstanceByKey(PROCESS, "BENCH-" + i));

			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			AtomicInteger backgroundFailures = new AtomicInteger();
			// a daemon: a failed measurement ends the run, not left submitting
			ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "background submissions");
				thread.setDaemon(true);
				return thread;
			});
			// 20 submissions a second through the portal while the clerks work
			background.scheduleAtFixedRate(() -> {
				try {
					int status = send(http,
							HttpRequest.newBuilder(URI.create(base + "/api/services/business-licence/requests"))
								.header("Authorization", basic(SubmissionBenchmark.CITIZEN))
								.header("Content-Type", "application/json")
								.POST(HttpRequest.BodyPublishers.ofString(SubmissionBenchmark.BODY)))
						.statusCode();
					if (status != 201) {
						backgroundFailures.incrementAndGet();
					}
				}
				catch (RuntimeException ex) {
					// counted, and the next one still goes: a scheduled task that throws
					// is
					// never run again
					backgroundFailures.incrementAndGet();
				}
			}, 0, 50, TimeUnit.MILLISECONDS);

			HttpRequest.Builder list = HttpRequest.newBuilder(URI.create(base + "/api/tasks?size=20"))
				.header("Authorization", basic(CLERK))
				.header("Accept", "application/json");
			List<String> groups = List.of("clerk", "licensing");
			Load portalList = (i) -> require(send(http, list), 200, "task list");
			Load rawList = (i) -> {
				tasks.createTaskQuery().or().taskCandidateGroupIn(groups).taskAssignee(CLERK).endOr().count();
				tasks.createTaskQuery()
					.or()
					.taskCandidateGroupIn(groups)
					.taskAssignee(CLERK)
					.endOr()
					.orderByDueDate()
					.asc()
					.orderByTaskCreateTime()
					.asc()
					.listPage(0, 20);
			};
			for (int i = 0; i < samples; i++) {
				portalList.call(i);
				rawList.call(i);
			}
			long[] portalNanos = new long[samples];
			long[] rawNanos = new long[samples];
			for (int i = 0; i < samples; i++) {
				portalNanos[i] = timed(portalList, i);
				rawNanos[i] = timed(rawList, i);
				if ((i + 1) % (samples / 4) == 0) {
					System.out.printf("  task list: %d/%d%n", i + 1, samples);
				}
			}

			List<String> ids = tasks.createTaskQuery()
				.processDefinitionKey(PROCESS)
				.listPage(0, 2 * completions)
				.stream()
				.map(Task::getId)
				.toList();
			AtomicInteger nextPortal = new AtomicInteger();
			AtomicInteger nextRaw = new AtomicInteger(completions);
			Load portalComplete = (i) -> require(send(http, HttpRequest
				.newBuilder(URI.create(base + "/api/tasks/" + ids.get(nextPortal.getAndIncrement()) + "/complete"))
				.header("Authorization", basic(CLERK))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}"))), 204, "completion");
			Load rawComplete = (i) -> tasks.complete(ids.get(nextRaw.getAndIncrement()));
			double[] rates = new Measure(threads, portalComplete, rawComplete).round(completions);
			background.shutdown();
			background.awaitTermination(10, TimeUnit.SECONDS);

			long openNow = tasks.createTaskQuery().processDefinitionKey(PROCESS).count();
			System.out.printf(
					"%n%d open tasks in the clerk's groups (%d at the end), 20 submissions/s in the"
							+ " background (%d failed), PostgreSQL 17 (embedded)%n",
					open, openNow, backgroundFailures.get());
			System.out.printf("task list, portal GET /api/tasks:  p50 %6.1f ms, p99 %6.1f ms  (target p99 < 30 ms)%n",
					percentile(portalNanos, 50), percentile(portalNanos, 99));
			System.out.printf("task list, raw TaskQuery:          p50 %6.1f ms, p99 %6.1f ms%n",
					percentile(rawNanos, 50), percentile(rawNanos, 99));
			System.out.printf("ratio portal/raw:                  p50 %6.2f,    p99 %6.2f%n",
					percentile(portalNanos, 50) / percentile(rawNanos, 50),
					percentile(portalNanos, 99) / percentile(rawNanos, 99));
			System.out.printf("completions/s, portal:   %8.1f  (target >= 150)%n", rates[0]);
			System.out.printf("completions/s, raw:      %8.1f%n", rates[1]);
			System.out.printf("ratio portal/raw:        %8.2f%n", rates[0] / rates[1]);
		}
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + SubmissionBenchmark.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** A copy of the builder is sent: headers added to the shared one would pile up. */
	private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
		try {
			return http.send(request.copy().header("X-Requested-With", "XMLHttpRequest").build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void require(HttpResponse<String> response, int expected, String what) {
		if (response.statusCode() != expected) {
			throw new IllegalStateException(what + " answered HTTP " + response.statusCode() + ": " + response.body());
		}
	}

	private static long timed(Load load, int i) throws Exception {
		long start = System.nanoTime();
		load.call(i);
		return System.nanoTime() - start;
	}

	/** In milliseconds. */
	private static double percentile(long[] nanos, int percent) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1e6;
	}

}
