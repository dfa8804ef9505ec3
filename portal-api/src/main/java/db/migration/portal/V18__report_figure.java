package db.migration.portal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The reporting dashboard's counters, one row per day, e-service, measure and dimension
 * (see portal-api's {@code reports} package), counted from now on as things happen.
 * Requests already in the index are counted here: their submission, whether they are
 * still open, and how they ended; by day in the public body's time zone (the
 * {@code timeZone} placeholder). What only other stores know of the past (drafts,
 * payments, tasks, messages, processing times) starts from this version.
 */
public class V18__report_figure extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("create table report_figure (figure_day date not null, service_key varchar(255) not null,"
					+ " measure varchar(40) not null, dimension varchar(255) not null, figure_count bigint not null,"
					+ " amount bigint not null, primary key (figure_day, service_key, measure, dimension))");
			statement.execute("create index ix_report_figure_measure on report_figure (measure, figure_day)");
		}
		ZoneId zone = ZoneId.of(context.getConfiguration().getPlaceholders().getOrDefault("timeZone", "UTC"));
		Map<Key, Long> counts = new HashMap<>();
		String sql = "select r.service_key, r.status, r.submitted_at, r.closed_at,"
				+ " (select count(*) from payment p where p.business_key = r.reference) as fees,"
				+ " (select count(*) from payment p where p.business_key = r.reference"
				+ " and p.status in ('PAID', 'REFUNDED')) as paid from service_request r";
		try (Statement read = connection.createStatement(); ResultSet rows = read.executeQuery(sql)) {
			while (rows.next()) {
				String service = rows.getString("service_key");
				LocalDate submitted = day(rows.getTimestamp("submitted_at"), zone);
				counts.merge(new Key(submitted, service, "submitted", ""), 1L, Long::sum);
				Timestamp closedAt = rows.getTimestamp("closed_at");
				if (closedAt == null) {
					counts.merge(new Key(submitted, service, "open", ""), 1L, Long::sum);
					continue;
				}
				boolean unpaid = rows.getLong("fees") > 0 && rows.getLong("paid") == 0;
				boolean decided = !"withdrawn".equals(rows.getString("status")) && !unpaid;
				counts.merge(new Key(day(closedAt, zone), service, decided ? "decided" : "dropped",
						rows.getString("status")), 1L, Long::sum);
			}
		}
		try (PreparedStatement write = connection.prepareStatement("insert into report_figure"
				+ " (figure_day, service_key, measure, dimension, figure_count, amount) values (?, ?, ?, ?, ?, 0)")) {
			for (Map.Entry<Key, Long> entry : counts.entrySet()) {
				Key key = entry.getKey();
				write.setDate(1, Date.valueOf(key.day()));
				write.setString(2, key.service());
				write.setString(3, key.measure());
				write.setString(4, key.dimension());
				write.setLong(5, entry.getValue());
				write.addBatch();
			}
			write.executeBatch();
		}
	}

	private static LocalDate day(Timestamp at, ZoneId zone) {
		return LocalDate.ofInstant(at.toInstant(), zone);
	}

	private record Key(LocalDate day, String service, String measure, String dimension) {

	}

}
