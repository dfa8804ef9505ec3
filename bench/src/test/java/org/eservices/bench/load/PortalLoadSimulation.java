package org.eservices.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The platform under the load of its users (about 30,000 citizens: 30 requests/s in
 * normal hours, 150 at peak, 2 submissions/s), as an open workload: people arrive at a
 * rate, whatever the platform's speed. The mix: visitors reading the catalog and a
 * service; citizens following their requests; applicants submitting and paying in the
 * sandbox checkout; clerks listing, claiming and deciding reviews.
 *
 * <pre>
 * ./mvnw -pl bench -Pload gatling:test -Dload.baseUrl=http://127.0.0.1:8080 \
 *     -Dload.adminPassword=... [-Dload.rate=150] [-Dload.seconds=600]
 * </pre>
 */
public class PortalLoadSimulation extends Simulation {

	static final String SUBMIT = "/api/services/business-licence/requests";

	private static final String BASE_URL = System.getProperty("load.baseUrl", "http://127.0.0.1:8080");

	/** Requests per second, all scenarios together. */
	private static final double RATE = Double.parseDouble(System.getProperty("load.rate", "150"));

	private static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.seconds", 600));

	private static final double SUBMISSIONS_PER_SECOND = 2 * RATE / 150;

	static String application(String businessName) {
		return """
				{"applicantName": "Load Citizen", "email": "load.citizen@example.org", "phone": "+4930664040900",
				 "businessName": "%s", "activityType": "food", "address": "1 Main Street, Springfield",
				 "employees": 3, "openingDate": "2027-01-15", "declaration": true}""".formatted(businessName);
	}

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("application/json")
		.acceptEncodingHeader("gzip")
		.header("X-Requested-With", "XMLHttpRequest")
		.shareConnections();

	/** Anonymous: the portal's page, the catalog, a service's page (3 requests). */
	private final ScenarioBuilder visitors = scenario("Visitor").exec(
			http("portal page").get("/").header("Accept", "text/html"), http("catalog").get("/api/services"),
			http("service").get("/api/services/business-licence"));

	private final List<Map<String, Object>> citizens;

	private final List<Map<String, Object>> clerks;

	public PortalLoadSimulation() throws Exception {
		LoadUsers users = new LoadUsers(BASE_URL, System.getProperty("load.adminPassword", ""));
		this.citizens = users.citizens(Integer.getInteger("load.citizens", 300));
		this.clerks = users.clerks(Integer.getInteger("load.clerks", 20));

		double followers = 0.2 * RATE / 2;
		double clerkVisits = 0.06 * RATE / 3;
		double visitorsPerSecond = (RATE - 2 * followers - 4 * SUBMISSIONS_PER_SECOND - 3 * clerkVisits) / 3;
		setUp(this.visitors.injectOpen(constantUsersPerSec(visitorsPerSecond).during(DURATION)),
				following().injectOpen(constantUsersPerSec(followers).during(DURATION)),
				applying().injectOpen(constantUsersPerSec(SUBMISSIONS_PER_SECOND).during(DURATION)),
				deciding().injectOpen(constantUsersPerSec(clerkVisits).during(DURATION)))
			.protocols(this.protocol)
			.assertions(global().failedRequests().count().is(0L), global().responseTime().percentile(95).lt(250));
	}

	/** A citizen's "my requests" and one request's page (2 requests). */
	private ScenarioBuilder following() {
		return scenario("Citizen following").feed(listFeeder(this.citizens).circular())
			.exec(http("my requests").get("/api/requests?size=20")
				.basicAuth("#{user}", "#{password}")
				.check(jsonPath("$.content[0].reference").saveAs("reference")))
			.exec(http("request").get("/api/requests/#{reference}").basicAuth("#{user}", "#{password}"));
	}

	/**
	 * An application, the request's page until its checkout is open, and the payment in
	 * the sandbox checkout (about 4 requests).
	 */
	private ScenarioBuilder applying() {
		ChainBuilder untilCheckout = asLongAs(
				(session) -> !session.contains("checkout") && session.getInt("polls") < 30, "polls")
			.on(pause(Duration.ofMillis(500)).exec(http("request until checkout").get("/api/requests/#{reference}")
				.basicAuth("#{user}", "#{password}")
				.check(jsonPath("$.payment.checkoutUrl").optional().saveAs("checkout"))));
		// pressed again after the checkout's "try again in a few seconds" (503), as a
		// citizen would
		ChainBuilder pay = asLongAs((session) -> !paid(session) && session.getInt("presses") < 10, "presses").on(exec(
				http("pay in sandbox").post((session) -> URI.create(session.getString("checkout")).getPath() + "/pay")
					.basicAuth("#{user}", "#{password}")
					.header("Accept", "text/html")
					.check(status().in(200, 503).saveAs("paid")))
			.doIf((session) -> !paid(session))
			.then(pause(Duration.ofSeconds(2))));
		return scenario("Applicant").feed(listFeeder(this.citizens).circular())
			.exec((session) -> session.set("key", UUID.randomUUID().toString()))
			.exec(http("submit").post(SUBMIT)
				.basicAuth("#{user}", "#{password}")
				.header("Idempotency-Key", "#{key}")
				.body(StringBody((session) -> application("Load Bakery " + session.getString("key"))))
				.asJson()
				.check(status().is(201), jsonPath("$.reference").saveAs("reference")))
			.exec(untilCheckout)
			.doIf((session) -> session.contains("checkout"))
			.then(pay);
	}

	private static boolean paid(Session session) {
		return session.contains("paid") && session.getInt("paid") == 200;
	}

	/**
	 * A clerk's list of the licence reviews, and one of them claimed and approved (3
	 * requests; a review another clerk claimed first is left, as a clerk would).
	 */
	private ScenarioBuilder deciding() {
		return scenario("Clerk").feed(listFeeder(this.clerks).circular())
			.exec(http("task list").get("/api/tasks?service=business-licence&size=20")
				.basicAuth("#{user}", "#{password}")
				.check(jsonPath("$.content[?(@.assignee == null && @.taskKey == 'ReviewApplication')].id").findRandom()
					.optional()
					.saveAs("task")))
			.doIf((session) -> session.contains("task"))
			.then(exec(http("claim").post("/api/tasks/#{task}/claim")
				.basicAuth("#{user}", "#{password}")
				.check(status().in(200, 204, 409).saveAs("claimed")))
				.doIf((session) -> session.getInt("claimed") != 409)
				.then(exec(http("approve").post("/api/tasks/#{task}/complete")
					.basicAuth("#{user}", "#{password}")
					.body(StringBody("{\"decision\": \"approve\"}"))
					.asJson())));
	}

}
