package org.eservices.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reporting dashboard's answer time at a million requests, against working out the
 * same figures by scanning the request index, in one run on one embedded PostgreSQL 17. A
 * year of generated requests over the three e-services goes into the index, and into the
 * report counters as the platform counts them when milestones are reached (one aggregate
 * insert here instead of a million journeys).
 *
 * <p>
 * Run: {@code ./mvnw -q -Pbench -pl bench -am -DskipTests verify}, then alone
 * {@code ./mvnw -q -Pbench -pl bench exec:exec@run-report-benchmark}
 * ({@code -Dbench.requests=1000000}).
 */
public final class ReportBenchmark {

	static final String ADMIN = "benchadmin";

	static final String SUPERVISOR = "benchsupervisor";

	static final String PASSWORD = "bench-password";

	static final int WARMUP = 30;

	static final int MEASURED = 100;

	static final int SCANS = 5;

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int requests = Integer.getInteger("bench.requests", 1_000_000);
		try (BenchPlatform platform = BenchPlatform.start()) {
			JdbcTemplate jdbc = platform.app().getBean(JdbcTemplate.class);
			admin(platform.app().getBean(IdentityService.class));
			long started = System.nanoTime();
			System.out.printf("generating %,d requests over a year...%n", requests);
			generate(jdbc, requests);
			System.out.printf("generated in %.0f s: %,d counter rows for %,d requests%n",
					(System.nanoTime() - started) / 1e9,
					jdbc.queryForObject("select count(*) from report_figure", Long.class),
					jdbc.queryForObject("select count(*) from service_request", Long.class));

			int port = ((WebServerApplicationContext) platform.app()).getWebServer().getPort();
			HttpClient client = HttpClient.newHttpClient();
			String authorization = "Basic "
					+ Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			LocalDate today = LocalDate.now(ZoneOffset.UTC);
			for (Period period : List.of(new Period("last 30 days, by day", today.minusDays(29), today, "day"),
					new Period("last 365 days, by week", today.minusDays(364), today, "week"))) {
				URI uri = URI.create("http://127.0.0.1:" + port + "/api/reports?from=" + period.from() + "&to="
						+ period.to() + "&interval=" + period.interval());
				HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization).build();
				Callable<Integer> dashboard = () -> {
					HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
					if (response.statusCode() != 200) {
						throw new IllegalStateException(uri + ": " + response.statusCode());
					}
					return response.body().length;
				};
				int size = dashboard.call();
				for (int i = 0; i < WARMUP; i++) {
					dashboard.call();
				}
				List<Double> ours = times(dashboard, MEASURED);
				List<Double> scans = times(() -> scan(jdbc, period), SCANS);
				System.out.printf("%n%s (%,d requests in the index, answer %,d bytes)%n", period.name(), requests,
						size);
				System.out.printf("dashboard over HTTP, p50 / p95:        %8.1f / %8.1f ms%n", percentile(ours, 50),
						percentile(ours, 95));
				System.out.printf("same figures by scanning requests, p50: %8.1f ms%n", percentile(scans, 50));
				System.out.printf("ratio scan/dashboard (p50):            %8.1f%n",
						percentile(scans, 50) / percentile(ours, 50));
			}
			search(client, port, jdbc, requests);
		}
	}

	/**
	 * The staff's search by an answer of the form (GIN index, JSON containment) over
	 * HTTP, against the same rows found by a pattern over the submitted data.
	 */
	private static void search(HttpClient client, int port, JdbcTemplate jdbc, int requests) throws Exception {
		String authorization = "Basic "
				+ Base64.getEncoder().encodeToString((SUPERVISOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		// a business licence request: ids with id % 3 == 0 are of that e-service
		String shop = "Shop " + (requests / 2 / 3 * 3);
		URI uri = URI.create("http://127.0.0.1:" + port + "/api/workspace/requests?field=businessName&value="
				+ shop.replace(' ', '+'));
		HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization).build();
		Callable<String> find = () -> {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || !response.body().contains("\"totalElements\":1")) {
				throw new IllegalStateException(uri + ": " + response.statusCode() + " " + response.body());
			}
			return response.body();
		};
		for (int i = 0; i < WARMUP; i++) {
			find.call();
		}
		List<Double> ours = times(find, MEASURED);
		List<Double> scans = times(() -> jdbc.queryForList(
				"select reference from service_request where service_key = 'business-licence'"
						+ " and submitted_data like ? order by submitted_at desc limit 25",
				"%\"businessName\":\"" + shop + "\"%"), SCANS);
		System.out.printf("%nsearch by an answer (businessName = %s) among %,d requests%n", shop, requests);
		System.out.printf("search over HTTP, p50 / p95:           %8.1f / %8.1f ms%n", percentile(ours, 50),
				percentile(ours, 95));
		System.out.printf("same rows by a pattern scan, p50:      %8.1f ms%n", percentile(scans, 50));
		System.out.printf("ratio scan/search (p50):               %8.1f%n",
				percentile(scans, 50) / percentile(ours, 50));
	}

	private static void admin(IdentityService identity) {
		User user = identity.newUser(ADMIN);
		user.setFirstName("Bench");
		user.setLastName("Admin");
		user.setEmail("benchadmin@example.org");
		user.setPassword(PASSWORD);
		identity.saveUser(user);
		identity.createMembership(ADMIN, "admin");
		User supervisor = identity.newUser(SUPERVISOR);
		supervisor.setFirstName("Bench");
		supervisor.setLastName("Supervisor");
		supervisor.setEmail("benchsupervisor@example.org");
		supervisor.setPassword(PASSWORD);
		identity.saveUser(supervisor);
		for (String group : List.of("supervisor", "clerk", "licensing")) {
			identity.createMembership(SUPERVISOR, group);
		}
	}

	/**
	 * A year of requests, and what the platform would have counted for them: submitted
	 * and paid on their day, decided (or withdrawn) on the day they closed, with the
	 * working days taken (five of every seven calendar days), a clerk of twenty and a
	 * department per decision, two e-mails each.
	 */
	private static void generate(JdbcTemplate jdbc, int requests) {
		jdbc.execute("create temporary table generated as select g as id,"
				+ " (array['business-licence','residence-certificate','building-permit'])[1 + g % 3] as service,"
				+ " now() - random() * interval '365 days' as submitted_at, random() as fate, random() as pace"
				+ " from generate_series(1, " + requests + ") g");
		jdbc.execute("alter table generated add column closed_at timestamptz, add column status varchar(64)");
		jdbc.execute("update generated set closed_at = submitted_at + pace * interval '25 days' where fate < 0.9");
		jdbc.execute("update generated set closed_at = null where closed_at > now()");
		jdbc.execute("update generated set status = case when closed_at is null then 'under-review'"
				+ " when fate < 0.6 then 'approved' when fate < 0.85 then 'rejected' else 'withdrawn' end");
		jdbc.execute("insert into service_request (id, reference, service_key, service_name, process_definition_id,"
				+ " citizen_id, status, status_label, submitted_data, submitted_at, updated_at, closed_at, timeline)"
				+ " select 100000000 + id, 'GEN-2026-' || id, service, service, 'generated', 'citizen' || (id % 30000),"
				+ " status, status, '{\"applicantName\":\"Generated\",\"businessName\":\"Shop ' || id || '\"}', submitted_at, coalesce(closed_at, submitted_at),"
				+ " closed_at, '[]' from generated");
		String day = "(%s at time zone 'UTC')::date";
		String sub = day.formatted("submitted_at");
		String closed = day.formatted("closed_at");
		String decided = "closed_at is not null and status <> 'withdrawn'";
		String workingDays = "floor(extract(epoch from closed_at - submitted_at) / 86400 * 5 / 7)::int";
		List<String> counted = new ArrayList<>();
		counted.add(figure(sub, "'submitted'", "''", "count(*)", "0", "true"));
		counted.add(figure(sub, "'draft_started'", "''", "count(*) * 13 / 10", "0", "true"));
		counted.add(figure(sub, "'paid'", "''", "count(*)", "0", "true"));
		counted.add(figure(sub, "'fee_collected'", "'EUR'", "count(*)", "count(*) * 4000", "true"));
		counted.add(figure(sub, "'message'", "'email:sent'", "count(*) * 2", "0", "true"));
		counted.add(figure(sub, "'message'", "'email:delivered'", "count(*) * 2", "0", "true"));
		counted.add(figure(sub, "'open'", "''", "count(*)", "0", "closed_at is null"));
		counted.add(figure(closed, "'decided'", "status", "count(*)", "0", decided));
		counted.add(figure(closed, "'dropped'", "status", "count(*)", "0", "status = 'withdrawn'"));
		counted.add(figure(closed, "'processing_days'", workingDays + "::text", "count(*)", "0", decided));
		counted.add(figure(closed, "'target'", "case when " + workingDays + " <= 10 then 'met' else 'missed' end",
				"count(*)", "0", decided));
		counted.add(figure(closed, "'task_completed'", "'clerk:clerk' || (id % 20)", "count(*)", "0", decided));
		counted.add(figure(closed, "'task_completed'", "'department:' || service", "count(*)", "0", decided));
		for (String insert : counted) {
			jdbc.execute(insert);
		}
		jdbc.execute("analyze service_request");
		jdbc.execute("analyze report_figure");
	}

	private static String figure(String day, String measure, String dimension, String count, String amount,
			String where) {
		return "insert into report_figure (figure_day, service_key, measure, dimension, figure_count, amount) select "
				+ day + ", service, " + measure + ", " + dimension + ", " + count + ", " + amount
				+ " from generated where " + where + " group by 1, 2, 3, 4";
	}

	/**
	 * The figures the dashboard shows, worked out from the request rows of the period.
	 */
	private static Integer scan(JdbcTemplate jdbc, Period period) {
		Object[] range = { java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.to().plusDays(1)) };
		jdbc.queryForList("select (submitted_at at time zone 'UTC')::date, service_key, count(*) from service_request"
				+ " where submitted_at >= ? and submitted_at < ? group by 1, 2", range);
		jdbc.queryForList("select service_key, status, count(*), percentile_disc(0.5) within group (order by d),"
				+ " percentile_disc(0.9) within group (order by d), count(*) filter (where d <= 10) from"
				+ " (select service_key, status, floor(extract(epoch from closed_at - submitted_at) / 86400 * 5 / 7) d"
				+ " from service_request where closed_at >= ? and closed_at < ? and status <> 'withdrawn') s"
				+ " group by 1, 2", range);
		jdbc.queryForList("select (submitted_at at time zone 'UTC')::date, count(*) from service_request"
				+ " where closed_at is null group by 1");
		return 0;
	}

	private static List<Double> times(Callable<?> work, int count) throws Exception {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			work.call();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		millis.sort(Double::compare);
		return millis;
	}

	private static double percentile(List<Double> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}

	private record Period(String name, LocalDate from, LocalDate to, String interval) {

	}

}
