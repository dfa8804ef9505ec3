package org.eservices.portal.jdbc;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which database the platform runs on, for the few statements PostgreSQL and H2 (the
 * zero-set-up default) write differently.
 */
public final class DatabaseProduct {

	private DatabaseProduct() {
	}

	public static boolean isPostgres(JdbcTemplate jdbc) {
		String product = jdbc
			.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName());
		return "PostgreSQL".equalsIgnoreCase(product);
	}

}
