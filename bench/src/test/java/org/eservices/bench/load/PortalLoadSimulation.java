package org.eservices.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.stripe.net.Webhook;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
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
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
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
 *     -Dload.adminPassword=... [-Dload.rate=150] [-Dload.seconds=600] [-Dload.rampSeconds=120]
 * </pre>
 */
public class PortalLoadSimulation extends Simulation {

	static final String SUBMIT = "/api/services/business-licence/requests";

	private static final String BASE_URL = System.getProperty("load.baseUrl", "http://127.0.0.1:8080");

	/** Requests per second, all scenarios together. */
	private static final double RATE = Double.parseDouble(System.getProperty("load.rate", "150"));

	private static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.seconds", 600));

	private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampSeconds", 120));

	private static final double SUBMISSIONS_PER_SECOND = 2 * RATE / 150;

	static String application(String businessName) {
		return """
				{"applicantName": "Load Citizen", "email": "load.citizen@example.org", "phone": "+4930664040900",
				 "businessName": "%s", "activityType": "food", "address": "1 Main Street, Springfield",
				 "employees": 3, "openingDate": "2027-01-15", "declaration": true}""".formatted(businessName);
	}

	/**
	 * The morning's rise to the rate, then the rate itself for the whole duration:
	 * freshly started nodes compile their hot paths in the first minute, as they would
	 * before a real peak.
	 */
	private static OpenInjectionStep[] arriving(double perSecond) {
		return new OpenInjectionStep[] { rampUsersPerSec(perSecond / 10).to(perSecond).during(RAMP),
				constantUsersPerSec(perSecond).during(DURATION) };
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

	/** Under a failure drill (bench/drill): errors are expected around the failure. */
	private static final boolean DRILL = Boolean.getBoolean("load.drill");

	/**
	 * The platform's Stripe webhook secret, when it talks to a Stripe stub (the
	 * providers' drill): applicants then pay "at Stripe", which tells the platform by its
	 * signed event, instead of in the sandbox checkout.
	 */
	private static final String STRIPE_WEBHOOK_SECRET = System.getProperty("load.stripeWebhookSecret", "");

	private final Acknowledged acknowledged = Acknowledged.to(System.getProperty("load.acknowledged"));

	private final List<Map<String, Object>> citizens;

	private final List<Map<String, Object>> clerks;

	public PortalLoadSimulation() throws Exception {
		LoadUsers users = new LoadUsers(BASE_URL, System.getProperty("load.adminPassword", ""));
		this.citizens = users.citizens(Integer.getInteger("load.citizens", 300));
		this.clerks = users.clerks(Integer.getInteger("load.clerks", 20));

		// a fifth of the requests from citizens following theirs, a twelfth from clerks,
		// the submissions' own; the rest from visitors
		double followers = 0.2 * RATE / 5;
		double clerkVisits = RATE / 12 / 6;
		double visitorsPerSecond = (RATE - 5 * followers - 7 * SUBMISSIONS_PER_SECOND - 6 * clerkVisits) / 3;
		setUp(this.visitors.injectOpen(arriving(visitorsPerSecond)), following().injectOpen(arriving(followers)),
				applying().injectOpen(arriving(SUBMISSIONS_PER_SECOND)), deciding().injectOpen(arriving(clerkVisits)))
			.protocols(this.protocol)
			// a failure drill counts its errors itself, around the failure it makes
			.assertions(DRILL ? new Assertion[0] : new Assertion[] { global().failedRequests().count().is(0L),
					global().responseTime().percentile(95).lt(250) });
	}

	@Override
	public void after() {
		try {
			this.acknowledged.close();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The portal's sign-in form, as the browser sends it: the catalog first (the portal's
	 * page loads it, and it sets the CSRF cookie), then the user name and password with
	 * the cookie's token, and the portal's question who is signed in; the session cookie
	 * it answers with carries the rest of the visit (3 requests).
	 */
	private static ChainBuilder signIn() {
		return exec(http("catalog").get("/api/services"), csrfToken(), http("sign in").post("/login")
			.header("X-XSRF-TOKEN", "#{csrf}")
			.formParam("username", "#{user}")
			.formParam("password", "#{password}")
			.disableFollowRedirect()
			.check(status().is(302), header("Location").transform((location) -> location.contains("error")).is(false)),
				// the page it sends the browser to asks who is signed in; that answer
				// brings
				// the new CSRF cookie (signing in cleared the one before)
				http("me").get("/api/me"));
	}

	/** The CSRF cookie's token, for the next change: the portal sends it in a header. */
	private static ChainBuilder csrfToken() {
		return exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("csrf")));
	}

	/** A citizen signs in, opens "my requests" and one request's page (5 requests). */
	private ScenarioBuilder following() {
		return scenario("Citizen following").feed(listFeeder(this.citizens).circular())
			.exec(signIn())
			.exec(http("my requests").get("/api/requests?size=20")
				.check(jsonPath("$.content[0].reference").saveAs("reference")))
			.exec(http("request").get("/api/requests/#{reference}"));
	}

	/**
	 * A citizen signs in and applies, follows the request's page until its checkout is
	 * open, and pays in the sandbox checkout (about 7 requests).
	 */
	private ScenarioBuilder applying() {
		ChainBuilder untilCheckout = asLongAs(
				(session) -> !session.contains("checkout") && session.getInt("polls") < 30, "polls")
			.on(pause(Duration.ofMillis(500)).exec(http("request until checkout").get("/api/requests/#{reference}")
				.check(jsonPath("$.payment.checkoutUrl").optional().saveAs("checkout"))));
		// pressed again after the checkout's "try again in a few seconds" (503), as a
		// citizen would
		ChainBuilder pay = untilPaid("presses", exec(csrfToken(),
				http("pay in sandbox").post((session) -> URI.create(session.getString("checkout")).getPath() + "/pay")
					.header("Accept", "text/html")
					.header("X-XSRF-TOKEN", "#{csrf}")
					.check(status().in(200, 503).saveAs("paid"))));
		if (!STRIPE_WEBHOOK_SECRET.isEmpty()) {
			// Stripe sends the event again until it is answered 2xx (the platform answers
			// 503 while the case is not ready for it)
			pay = exec((session) -> session.set("event", checkoutCompleted(session))).exec(untilPaid("deliveries",
					exec(http("pay at Stripe").post("/api/webhooks/stripe")
						.header("Stripe-Signature", (session) -> signed(session.getString("event")))
						.body(StringBody((session) -> session.getString("event")))
						.asJson()
						.check(status().in(200, 503).saveAs("paid")))));
		}
		return scenario("Applicant").feed(listFeeder(this.citizens).circular())
			.exec(signIn())
			.exec((session) -> session.set("key", UUID.randomUUID().toString()))
			.exec(csrfToken(),
					http("submit").post(SUBMIT)
						.header("Idempotency-Key", "#{key}")
						.header("X-XSRF-TOKEN", "#{csrf}")
						.body(StringBody((session) -> application("Load Bakery " + session.getString("key"))))
						.asJson()
						.check(status().is(201), jsonPath("$.reference").saveAs("reference")))
			.exec((session) -> {
				if (session.contains("reference")) {
					this.acknowledged.record(session.getString("reference"), session.getString("key"));
				}
				return session;
			})
			.exec(untilCheckout)
			.doIf((session) -> session.contains("checkout"))
			.then(pay);
	}

	/**
	 * Stripe's event for a checkout paid: its session's id ends the checkout's address.
	 */
	private static String checkoutCompleted(Session session) {
		String checkout = session.getString("checkout");
		String sessionId = checkout.substring(checkout.lastIndexOf('/') + 1);
		return """
				{"id": "evt_%s", "object": "event", "type": "checkout.session.completed",
				 "data": {"object": {"id": "%s", "object": "checkout.session", "status": "complete",
				  "payment_status": "paid", "client_reference_id": "%s"}}}""".formatted(UUID.randomUUID(), sessionId,
				session.getString("reference"));
	}

	private static String signed(String event) {
		try {
			return Webhook.Signature.generateSignatureHeader(event, STRIPE_WEBHOOK_SECRET);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A payment tried again 2 s apart, at most 10 times, until it is answered 200. */
	private static ChainBuilder untilPaid(String attempts, ChainBuilder attempt) {
		return asLongAs((session) -> !paid(session) && session.getInt(attempts) < 10, attempts)
			.on(attempt.doIf((session) -> !paid(session)).then(pause(Duration.ofSeconds(2))));
	}

	private static boolean paid(Session session) {
		return session.contains("paid") && session.getInt("paid") == 200;
	}

	/**
	 * A clerk signs in, lists the licence reviews, and claims and approves one of them (6
	 * requests; a review another clerk claimed (409) or already decided (404) since the
	 * list is left, as a clerk would).
	 */
	private ScenarioBuilder deciding() {
		return scenario("Clerk").feed(listFeeder(this.clerks).circular())
			.exec(signIn())
			.exec(http("task list").get("/api/tasks?service=business-licence&size=20")
				.check(jsonPath("$.content[?(@.assignee == null && @.taskKey == 'ReviewApplication')].id").findRandom()
					.optional()
					.saveAs("task")))
			.doIf((session) -> session.contains("task"))
			.then(exec(csrfToken(),
					http("claim").post("/api/tasks/#{task}/claim")
						.header("X-XSRF-TOKEN", "#{csrf}")
						.check(status().in(200, 204, 404, 409).saveAs("claimed")))
				.doIf((session) -> session.getInt("claimed") < 300)
				.then(exec(csrfToken(),
						http("approve").post("/api/tasks/#{task}/complete")
							.header("X-XSRF-TOKEN", "#{csrf}")
							.body(StringBody("{\"decision\": \"approve\"}"))
							.asJson())));
	}

}
