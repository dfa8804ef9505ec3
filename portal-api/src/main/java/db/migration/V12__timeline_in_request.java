package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eservices.portal.requests.TimelineColumn;
import org.eservices.portal.requests.TimelineStep;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves each request's timeline from its own table into the request's row (JSON, as
 * {@link TimelineColumn} writes it). In Java because H2 and PostgreSQL build JSON from
 * rows differently.
 */
public class V12__timeline_in_request extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table service_request add column timeline text");
		}
		TimelineColumn column = new TimelineColumn();
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery("select request_id, code, label, activity_id, reached_at"
						+ " from request_milestone order by request_id, reached_at, id");
				PreparedStatement write = connection
					.prepareStatement("update service_request set timeline = ? where id = ?")) {
			Long request = null;
			List<TimelineStep> steps = new ArrayList<>();
			while (rows.next()) {
				long rowRequest = rows.getLong("request_id");
				if (request != null && request != rowRequest) {
					addUpdate(write, column, request, steps);
					steps.clear();
				}
				request = rowRequest;
				steps.add(new TimelineStep(rows.getString("code"), rows.getString("label"),
						rows.getString("activity_id"), rows.getObject("reached_at", OffsetDateTime.class).toInstant()));
			}
			if (request != null) {
				addUpdate(write, column, request, steps);
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

	private static void addUpdate(PreparedStatement write, TimelineColumn column, long request,
			List<TimelineStep> steps) throws Exception {
		write.setString(1, column.convertToDatabaseColumn(steps));
		write.setLong(2, request);
		write.addBatch();
	}

}
