package org.eservices.portal.requests;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Numbers for new requests from a database sequence: unique across a cluster, no row
 * locks, known before the row is written (the reference number is part of the row and the
 * process).
 */
@Component
class RequestNumbers {

	private final JdbcTemplate jdbc;

	private final String nextValue;

	RequestNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		String product = jdbc
			.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName());
		this.nextValue = "PostgreSQL".equalsIgnoreCase(product) ? "select nextval('service_request_seq')"
				: "select next value for service_request_seq";
	}

	long next() {
		return this.jdbc.queryForObject(this.nextValue, Long.class);
	}

}
