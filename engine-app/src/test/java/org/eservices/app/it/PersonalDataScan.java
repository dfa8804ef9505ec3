package org.eservices.app.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks for a text (case-sensitive) in every column of every table of the PostgreSQL
 * database, the engine's binary variables included: where a person's name, address or
 * number still is.
 */
final class PersonalDataScan {

	private PersonalDataScan() {
	}

	/**
	 * @return {@code table.column} of each place that holds it
	 */
	static List<String> find(JdbcTemplate db, String text) {
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : db.queryForList("""
				select table_name, column_name, data_type from information_schema.columns
				where table_schema = 'public'
				  and data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')""")) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			String condition = "bytea".equals(column.get("data_type"))
					? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
					: "cast(\"" + name + "\" as text) like '%' || ? || '%'";
			Long count = db.queryForObject("select count(*) from \"" + table + "\" where " + condition, Long.class,
					text);
			if (count != null && count > 0) {
				found.add(table + "." + name);
			}
		}
		return found;
	}

}
