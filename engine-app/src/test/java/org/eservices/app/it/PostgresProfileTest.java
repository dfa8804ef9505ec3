package org.eservices.app.it;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the production profile sets up, and what it must not.
 */
class PostgresProfileTest extends PostgresIntegrationTest {

	@Test
	void hasNoDemoUsers() {
		assertThat(new Api(this.rest, "demo").get("alex", "/api/requests").getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(
				this.jdbc.queryForObject("select count(*) from act_id_user where id_ in ('alex', 'sam')", Long.class))
			.isZero();
	}

	@Test
	void addsTheIndexPostgresLacksOnParentTaskId() {
		assertThat(this.jdbc.queryForList(
				"select indexdef from pg_indexes where tablename = 'act_ru_task' and indexdef like '%parent_task_id_%'",
				String.class))
			.isNotEmpty();
	}

	@Test
	void setsHistoryRemovalTimeWhenAnInstanceStarts() {
		String reference = this.api.post(TestUsers.ANNA, Applications.PATH, Applications.valid("Removal Time Shop"))
			.getBody()
			.get("reference")
			.asText();

		assertThat(this.jdbc.queryForObject("select removal_time_ from act_hi_procinst where business_key_ = ?",
				java.sql.Timestamp.class, reference))
			.as("running instance already has its removal time")
			.isNotNull();
	}

}
