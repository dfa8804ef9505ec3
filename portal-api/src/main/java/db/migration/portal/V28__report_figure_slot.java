package db.migration.portal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Each report counter spread over a few rows ({@code slot}), summed when read: at peak
 * the transactions that count the same day's submissions or decisions no longer queue for
 * one row's lock until each commits. The rows of before are slot 0.
 */
public class V28__report_figure_slot extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		String primaryKey = primaryKeyOf(connection.getMetaData());
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table report_figure add column slot smallint default 0 not null");
			statement.execute("alter table report_figure drop constraint " + primaryKey);
			statement.execute("alter table report_figure add constraint pk_report_figure"
					+ " primary key (figure_day, service_key, measure, dimension, slot)");
		}
	}

	/** Its name as the database made it up (H2 and PostgreSQL differ). */
	private static String primaryKeyOf(DatabaseMetaData metaData) throws Exception {
		for (String table : new String[] { "report_figure", "REPORT_FIGURE" }) {
			try (ResultSet keys = metaData.getPrimaryKeys(null, null, table)) {
				if (keys.next()) {
					return keys.getString("PK_NAME");
				}
			}
		}
		throw new IllegalStateException("report_figure has no primary key");
	}

}
