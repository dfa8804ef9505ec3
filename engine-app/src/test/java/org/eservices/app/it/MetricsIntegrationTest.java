package org.eservices.app.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus reads the platform at /actuator/prometheus with the operator's scrape token,
 * admins too; nobody else sees a figure. After a journey the business counters, the
 * engine's gauges and the HTTP histograms are there, and every series the alert rules and
 * the Grafana dashboard name exists.
 */
class MetricsIntegrationTest extends PostgresIntegrationTest {

	static final String SCRAPE_TOKEN = "scrape-token-for-the-tests-0123456789abcdef";

	static final String PATH = "/actuator/prometheus";

	/** Series names in PromQL: ours, Spring's, the JVM's and the connection pool's. */
	static final Pattern SERIES = Pattern
		.compile("\\b((?:eservices|http_server_requests|hikaricp|executor|jvm)_[a-z_]+)\\b");

	@Test
	void onlyAdminsAndTheScraperReadTheMetrics() {
		assertThat(scrape(null).getBody()).doesNotContain("eservices_");
		assertThat(scrape("Bearer not-the-token-not-the-token-not-the-token").getBody()).doesNotContain("eservices_");
		for (String user : new String[] { TestUsers.ANNA, TestUsers.CLARA, TestUsers.SUPERVISOR, TestUsers.ADA }) {
			ResponseEntity<String> refused = this.api.exchangeText(user, PATH);
			assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getBody()).as(user).doesNotContain("eservices_");
		}
		assertThat(this.api.exchangeText(TestUsers.ROOT, PATH).getBody()).contains("eservices_engine_incidents");
		ResponseEntity<String> scraped = scrape("Bearer " + SCRAPE_TOKEN);
		assertThat(scraped.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(scraped.getBody()).contains("eservices_engine_incidents");
		HttpEntity<Void> token = withAuthorization("Bearer " + SCRAPE_TOKEN);
		assertThat(this.rest.exchange("/api/admin/audit", HttpMethod.GET, token, String.class).getStatusCode())
			.as("the token opens nothing else")
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> info = this.rest.exchange("/actuator/info", HttpMethod.GET, token, String.class);
		assertThat(String.valueOf(info.getHeaders().getContentType())).doesNotContain("actuator");
	}

	@Test
	void aJourneyShowsInTheCountersAndEverySeriesTheAlertsAndTheDashboardNameExists() throws IOException {
		double submittedBefore = value(scrape("Bearer " + SCRAPE_TOKEN).getBody(),
				"eservices_submissions_total{application=\"eservices\",service=\"business-licence\"}");
		submitPaidBusinessLicence(TestUsers.ANNA, "Metered Mill");
		// the service-level watch sees its review task
		this.managementService.executeJob(this.managementService.createJobQuery()
			.processDefinitionKey("sla-watch")
			.timers()
			.singleResult()
			.getId());

		String metrics = scrape("Bearer " + SCRAPE_TOKEN).getBody();
		assertThat(
				value(metrics, "eservices_submissions_total{application=\"eservices\",service=\"business-licence\"}"))
			.isEqualTo(submittedBefore + 1);
		assertThat(value(metrics, "eservices_payments_total{application=\"eservices\",outcome=\"paid\"}")).isPositive();
		assertThat(value(metrics,
				"eservices_messages_total{application=\"eservices\",channel=\"email\",outcome=\"sent\"}"))
			.isPositive();
		assertThat(value(metrics, "eservices_health{application=\"eservices\",component=\"db\"}")).isEqualTo(1);
		assertThat(metrics).contains("eservices_engine_instances_running", "eservices_engine_jobs_due",
				"eservices_engine_jobs_failed", "http_server_requests_seconds_bucket{");

		Set<String> named = new TreeSet<>();
		named.addAll(series(Files.readString(Path.of("../docker/monitoring/alerts.yml"))));
		new ObjectMapper().readTree(Path.of("../docker/monitoring/grafana/dashboards/eservices.json").toFile())
			.findValuesAsText("expr")
			.forEach((expr) -> named.addAll(series(expr)));
		assertThat(named).isNotEmpty().allSatisfy((name) -> assertThat(metrics).as(name).contains(name));
	}

	private ResponseEntity<String> scrape(String authorization) {
		return this.rest.exchange(PATH, HttpMethod.GET, withAuthorization(authorization), String.class);
	}

	private static HttpEntity<Void> withAuthorization(String authorization) {
		HttpHeaders headers = new HttpHeaders();
		if (authorization != null) {
			headers.set(HttpHeaders.AUTHORIZATION, authorization);
		}
		return new HttpEntity<>(headers);
	}

	private static Set<String> series(String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = SERIES.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** A sample's value in the Prometheus text format; 0 when the series is absent. */
	private static double value(String metrics, String series) {
		return metrics.lines()
			.filter((line) -> line.startsWith(series + " "))
			.mapToDouble((line) -> Double.parseDouble(line.substring(series.length() + 1).trim()))
			.findFirst()
			.orElse(0);
	}

}
