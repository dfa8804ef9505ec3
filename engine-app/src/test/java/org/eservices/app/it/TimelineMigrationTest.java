package org.eservices.app.it;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.eservices.portal.requests.TimelineColumn;
import org.eservices.portal.requests.TimelineStep;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded from the separate timeline table keeps every request's
 * timeline, in order, on PostgreSQL and on the zero-set-up H2 database.
 */
class TimelineMigrationTest {

	@Test
	void timelinesMoveIntoTheirRequestsOnPostgres() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("listen_addresses", "127.0.0.1")
			.start()) {
			upgradeKeepsTimelines(postgres.getPostgresDatabase());
		}
	}

	@Test
	void timelinesMoveIntoTheirRequestsOnH2() throws Exception {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:timeline-migration;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
		h2.setUser("sa");
		upgradeKeepsTimelines(h2);
	}

	private static void upgradeKeepsTimelines(DataSource dataSource) {
		migrate(dataSource, "11");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		insertRequest(jdbc, 1, "BL-2026-000001");
		insertRequest(jdbc, 2, "BL-2026-000002");
		insertRequest(jdbc, 3, "BL-2026-000003");
		// stored out of order: the timeline follows the times
		insertMilestone(jdbc, 10, 1, "review", "Under review", "ReviewApplication", "2026-11-02T09:00:00Z");
		insertMilestone(jdbc, 11, 1, "submitted", "Submitted", "ApplicationSubmitted", "2026-11-01T08:00:00Z");
		insertMilestone(jdbc, 12, 2, "submitted", "Submitted", "ApplicationSubmitted", "2026-11-03T10:30:00Z");

		migrate(dataSource, "latest");

		assertThat(timeline(jdbc, 1)).containsExactly(
				new TimelineStep("submitted", "Submitted", "ApplicationSubmitted",
						Instant.parse("2026-11-01T08:00:00Z")),
				new TimelineStep("review", "Under review", "ReviewApplication", Instant.parse("2026-11-02T09:00:00Z")));
		assertThat(timeline(jdbc, 2)).containsExactly(new TimelineStep("submitted", "Submitted", "ApplicationSubmitted",
				Instant.parse("2026-11-03T10:30:00Z")));
		assertThat(timeline(jdbc, 3)).isEmpty();
	}

	private static void migrate(DataSource dataSource, String target) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
	}

	private static void insertRequest(JdbcTemplate jdbc, long id, String reference) {
		jdbc.update("insert into service_request (id, reference, service_key, service_name, process_definition_id,"
				+ " citizen_id, status, status_label, submitted_data, submitted_at, updated_at)"
				+ " values (?, ?, 'business-licence', 'Business licence', 'business-licence:1:1', 'anna',"
				+ " 'submitted', 'Submitted', '{}', current_timestamp, current_timestamp)", id, reference);
	}

	private static void insertMilestone(JdbcTemplate jdbc, long id, long request, String code, String label,
			String activity, String reachedAt) {
		jdbc.update(
				"insert into request_milestone (id, request_id, code, label, activity_id, reached_at)"
						+ " values (?, ?, ?, ?, ?, cast(? as timestamp with time zone))",
				id, request, code, label, activity, reachedAt);
	}

	private static List<TimelineStep> timeline(JdbcTemplate jdbc, long request) {
		return new TimelineColumn().convertToEntityAttribute(
				jdbc.queryForObject("select timeline from service_request where id = ?", String.class, request));
	}

}
