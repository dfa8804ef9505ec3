package db.migration.portal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The applicant's name in the request index, for the staff's search: as written, and as
 * searched (lower case, single spaces), with an index that serves "starts with" on either
 * database (PostgreSQL needs the pattern operator class for it). Existing requests take
 * it from their {@code applicantName} answer. In Java, like V12, to read the JSON the
 * same way on H2 and PostgreSQL.
 */
public class V17__request_applicant extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		boolean postgres = connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres");
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table service_request add column applicant_name varchar(200)");
			statement.execute("alter table service_request add column applicant_key varchar(200)");
			statement.execute("create index ix_service_request_applicant on service_request (applicant_key"
					+ (postgres ? " varchar_pattern_ops" : "") + ")");
			statement.execute("create index ix_service_request_reference_prefix on service_request (reference"
					+ (postgres ? " varchar_pattern_ops" : "") + ")");
			statement.execute("create index ix_service_request_submitted on service_request (submitted_at)");
		}
		ObjectMapper json = new ObjectMapper();
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery("select id, submitted_data from service_request");
				PreparedStatement write = connection.prepareStatement(
						"update service_request set applicant_name = ?, applicant_key = ? where id = ?")) {
			int pending = 0;
			while (rows.next()) {
				JsonNode name = json.readTree(rows.getString("submitted_data")).path("applicantName");
				if (!name.isTextual() || name.asText().isBlank()) {
					continue;
				}
				String written = name.asText().strip();
				written = written.substring(0, Math.min(200, written.length()));
				write.setString(1, written);
				write.setString(2, written.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
				write.setLong(3, rows.getLong("id"));
				write.addBatch();
				if (++pending == 500) {
					write.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				write.executeBatch();
			}
		}
	}

}
