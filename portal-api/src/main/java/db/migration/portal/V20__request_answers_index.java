package db.migration.portal;

import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The staff's search by an answer of the form (a field equal to a value) on PostgreSQL: a
 * GIN index over the submitted data as JSON, which serves containment ({@code @>}). H2,
 * the zero-set-up default, has no such index and scans.
 */
public class V20__request_answers_index extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		boolean postgres = context.getConnection()
			.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres");
		if (!postgres) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("create index ix_service_request_answers on service_request"
					+ " using gin ((submitted_data::jsonb) jsonb_path_ops)");
		}
	}

}
