package org.eservices.app.it;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole platform on real PostgreSQL with the production profile (no demo users: each
 * test creates the users it needs), driven over HTTP. All subclasses share one
 * application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "camunda.bpm.job-execution.enabled=false",
				"eservices.rate-limits.submissions.capacity=100000",
				// SignInRateLimitIntegrationTest stops the clock to exhaust it; far above
				// any other test's pace
				"eservices.rate-limits.sign-in.capacity=30", "eservices.rate-limits.sign-in.period=1s",
				// so is the document checks' (a refused client's HTTP library waits out
				// the Retry-After)
				"eservices.rate-limits.verification.capacity=30", "eservices.rate-limits.verification.period=1s",
				// the tests' own client is the trusted proxy, 127.0.0.2 is not
				"server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
				// the production profile's first admin, as an operator sets it
				"camunda.bpm.admin-user.id=" + TestUsers.BOOTSTRAP_ADMIN,
				"camunda.bpm.admin-user.password=" + TestUsers.PASSWORD,
				"eservices.metrics.scrape-token=" + MetricsIntegrationTest.SCRAPE_TOKEN })
// the metrics as Prometheus reads them (Spring Boot turns their export off in tests)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("postgres")
@Import({ PostgresTestDatabase.class, TestUsers.class, FailOnce.class, TestClock.Config.class })
abstract class PostgresIntegrationTest {

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected TestUsers users;

	@Autowired
	protected RepositoryService repositoryService;

	@Autowired
	protected RuntimeService runtimeService;

	@Autowired
	protected ManagementService managementService;

	@Autowired
	protected JdbcTemplate jdbc;

	protected Api api;

	/** The one job of a process instance: the integration tests run jobs by hand. */
	protected Job job(String processInstanceId) {
		return this.managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
	}

	protected void runJob(String processInstanceId) {
		this.managementService.executeJob(job(processInstanceId).getId());
	}

	/** Runs the instance's due jobs until none is left, as the job executor would. */
	protected void runDueJobs(String processInstanceId) {
		journeys().runDueJobs(processInstanceId);
	}

	protected String processInstanceOf(String reference) {
		return journeys().processInstanceOf(reference);
	}

	/** A business licence application, with the checkout and notification jobs run. */
	/** Requests made with this business name: how many a browser's tries came to. */
	protected long requestsNamed(String businessName) {
		return this.jdbc.queryForObject("select count(*) from service_request where submitted_data like ?", Long.class,
				"%\"" + businessName + "\"%");
	}

	protected String submitBusinessLicence(String citizen, String businessName) {
		return journeys().submitBusinessLicence(citizen, businessName);
	}

	/** Pays a request's fee on the sandbox checkout page, as its citizen. */
	protected void payInSandbox(String citizen, String reference) {
		journeys().payInSandbox(citizen, reference);
	}

	/** Submitted and paid: waiting for the licensing clerks. */
	protected String submitPaidBusinessLicence(String citizen, String businessName) {
		return journeys().submitPaidBusinessLicence(citizen, businessName);
	}

	/**
	 * Ends every running case, as an admin would: for tests that read the clerks' inbox
	 * page by page in a browser, which the cases other tests leave open would otherwise
	 * push their own row off.
	 */
	protected void endOpenCases() {
		List<String> running = this.runtimeService.createProcessInstanceQuery()
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
		if (!running.isEmpty()) {
			this.runtimeService.deleteProcessInstances(running, "test clean-up", true, true);
		}
	}

	private Journeys journeys() {
		return new Journeys(this.api, this.runtimeService, this.managementService);
	}

	@BeforeEach
	void setUpApi() {
		this.users.ensureStandardUsers();
		discardDrafts();
		this.api = new Api(this.rest);
	}

	/**
	 * The standard users share the context: each test finds their applications unstarted,
	 * whatever an earlier test (or the portal's autosave in a browser test) left.
	 */
	private void discardDrafts() {
		this.jdbc.update("delete from attachment where reference is null");
		this.jdbc.update("delete from request_draft");
	}

}
