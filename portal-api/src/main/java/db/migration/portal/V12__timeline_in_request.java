package db.migration.portal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves each request's timeline from its own table into the request's row, as a JSON
 * array of {@code {code, label, activityId, reachedAt}} (an ISO-8601 instant). In Java
 * because H2 and PostgreSQL build JSON from rows differently. It writes the JSON itself,
 * not through the application's classes: a later change to those must not change what
 * this migration did.
 */
public class V12__timeline_in_request extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table service_request add column timeline text");
		}
		ObjectMapper json = new ObjectMapper();
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery("select request_id, code, label, activity_id, reached_at"
						+ " from request_milestone order by request_id, reached_at, id");
				PreparedStatement write = connection
					.prepareStatement("update service_request set timeline = ? where id = ?")) {
			Long request = null;
			ArrayNode steps = json.createArrayNode();
			while (rows.next()) {
				long rowRequest = rows.getLong("request_id");
				if (request != null && request != rowRequest) {
					addUpdate(write, json, request, steps);
					steps = json.createArrayNode();
				}
				request = rowRequest;
				steps.addObject()
					.put("code", rows.getString("code"))
					.put("label", rows.getString("label"))
					.put("activityId", rows.getString("activity_id"))
					.put("reachedAt", rows.getObject("reached_at", OffsetDateTime.class).toInstant().toString());
			}
			if (request != null) {
				addUpdate(write, json, request, steps);
			}
			write.executeBatch();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("update service_request set timeline = '[]' where timeline is null");
			statement.execute("alter table service_request alter column timeline set not null");
			statement.execute("drop table request_milestone");
			statement.execute("drop sequence request_milestone_seq");
		}
	}

	private static void addUpdate(PreparedStatement write, ObjectMapper json, long request, ArrayNode steps)
			throws Exception {
		write.setString(1, json.writeValueAsString(steps));
		write.setLong(2, request);
		write.addBatch();
	}

}
