package org.eservices.bench;

import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Async connector jobs per second: "Send email" jobs through the real SendGrid SDK
 * against a stub answering at once and after 100 ms, next to no-op jobs of the same job
 * executor, in one run on one embedded PostgreSQL 17. Jobs are created with the job
 * executor stopped, then timed from its start until none is left.
 *
 * <p>
 * Run: {@code ./mvnw -q -Pbench -pl bench -am -DskipTests verify} (optionally
 * {@code -Dbench.jobs=1000}).
 */
public final class ConnectorJobBenchmark {

	private ConnectorJobBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int jobs = Integer.getInteger("bench.jobs", 1000);
		WireMockServer sendGrid = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1")
			.dynamicPort()
			.containerThreads(64)
			.jettyAcceptors(2)
			.disableRequestJournal());
		sendGrid.start();
		try (BenchPlatform platform = BenchPlatform.start("--eservices.connectors.sendgrid.api-key=SG.bench",
				"--eservices.connectors.sendgrid.base-url=" + sendGrid.baseUrl())) {
			ConfigurableApplicationContext app = platform.app();
			ProcessEngine engine = app.getBean(ProcessEngine.class);
			deploy(engine);
			run(engine, "warm-up no-op", "bench-noop", Math.max(100, jobs / 5));
			double noop = run(engine, "no-op jobs", "bench-noop", jobs);
			sendGrid.stubFor(
					post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "bench")));
			run(engine, "warm-up email", "bench-email", Math.max(100, jobs / 5));
			double email0 = run(engine, "email jobs, provider at 0 ms", "bench-email", jobs);
			sendGrid.stubFor(post("/v3/mail/send")
				.willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "bench").withFixedDelay(100)));
			double email100 = run(engine, "email jobs, provider at 100 ms", "bench-email", jobs);

			System.out.printf("%n%d jobs each, job executor: %s threads at most, %d jobs per acquisition%n", jobs,
					app.getEnvironment().getProperty("camunda.bpm.job-execution.max-pool-size"),
					jobExecutor(engine).getMaxJobsPerAcquisition());
			System.out.printf("raw no-op jobs/s:                 %8.1f%n", noop);
			System.out.printf("email jobs/s, provider at 0 ms:   %8.1f  (ratio to no-op %.2f)%n", email0,
					email0 / noop);
			System.out.printf("email jobs/s, provider at 100 ms: %8.1f  (ratio to no-op %.2f)%n", email100,
					email100 / noop);
		}
		finally {
			sendGrid.stop();
		}
	}

	private static void deploy(ProcessEngine engine) {
		BpmnModelInstance noop = Bpmn.createExecutableProcess("bench-noop")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("NoOp")
			.camundaAsyncBefore()
			.camundaExpression("${true}")
			.endEvent()
			.done();
		BpmnModelInstance email = Bpmn.createExecutableProcess("bench-email")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("SendHello")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${sendEmailDelegate}")
			.camundaInputParameter("to", "${email}")
			.camundaInputParameter("template", "hello")
			.endEvent()
			.done();
		engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("bench-noop.bpmn", noop)
			.addModelInstance("bench-email.bpmn", email)
			.deploy();
	}

	/**
	 * Creates the jobs with the executor stopped, then times the executor until none is
	 * left.
	 */
	private static double run(ProcessEngine engine, String name, String processKey, int count)
			throws InterruptedException {
		JobExecutor executor = jobExecutor(engine);
		executor.shutdown();
		RuntimeService runtime = engine.getRuntimeService();
		ManagementService management = engine.getManagementService();
		for (int i = 0; i < count; i++) {
			runtime.startProcessInstanceByKey(processKey, name.replace(' ', '-') + "-" + i,
					Map.of("email", "bench@example.org", "name", "Bench"));
		}
		long start = System.nanoTime();
		executor.start();
		long left = count;
		long lastReport = start;
		while (left > 0) {
			LockSupport.parkNanos(20_000_000L);
			left = management.createJobQuery().processDefinitionKey(processKey).count();
			if (System.nanoTime() - lastReport > 5_000_000_000L) {
				System.out.printf("  %s: %d of %d left%n", name, left, count);
				lastReport = System.nanoTime();
			}
		}
		double rate = count / ((System.nanoTime() - start) / 1e9);
		System.out.printf("  %s: %.1f jobs/s%n", name, rate);
		return rate;
	}

	private static JobExecutor jobExecutor(ProcessEngine engine) {
		return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
	}

}
