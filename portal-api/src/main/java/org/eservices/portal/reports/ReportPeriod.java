package org.eservices.portal.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eservices.portal.forms.FormValidationException;

/**
 * The days a report covers, both included, and how it groups them: by day, or by week
 * (starting on the first day of the working week, Sunday for a Sunday to Thursday week).
 */
record ReportPeriod(LocalDate from, LocalDate to, Interval interval, DayOfWeek weekStart) {

	/** The longest period one report covers. */
	static final int MAX_DAYS = 366;

	/** The period shown when none is asked for: the last 30 days. */
	static final int DEFAULT_DAYS = 30;

	enum Interval {

		DAY, WEEK

	}

	/**
	 * Reads the period as asked, each part optional.
	 * @throws FormValidationException with each wrong parameter named
	 */
	static ReportPeriod parse(String from, String to, String interval, LocalDate today, Set<DayOfWeek> workingDays) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		LocalDate end = date("to", to, errors);
		LocalDate start = date("from", from, errors);
		Interval grouping = null;
		if (interval != null && !interval.isBlank()) {
			try {
				grouping = Interval.valueOf(interval.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.put("interval", List.of("Either day or week."));
			}
		}
		if (!errors.isEmpty()) {
			throw new FormValidationException(errors);
		}
		end = (end != null) ? end : today;
		start = (start != null) ? start : end.minusDays(DEFAULT_DAYS - 1);
		if (start.isAfter(end)) {
			errors.put("from", List.of("Not after the end of the period (" + end + ")."));
		}
		else if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			errors.put("from", List.of("A period of at most " + MAX_DAYS + " days."));
		}
		if (!errors.isEmpty()) {
			throw new FormValidationException(errors);
		}
		if (grouping == null) {
			grouping = (ChronoUnit.DAYS.between(start, end) < 31) ? Interval.DAY : Interval.WEEK;
		}
		return new ReportPeriod(start, end, grouping, weekStart(workingDays));
	}

	private static LocalDate date(String name, String value, Map<String, List<String>> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(name, List.of("A date as YYYY-MM-DD."));
			return null;
		}
	}

	/** The working day that follows a day off: where the working week starts. */
	private static DayOfWeek weekStart(Set<DayOfWeek> workingDays) {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (workingDays.contains(day) && !workingDays.contains(day.minus(1))) {
				return day;
			}
		}
		return DayOfWeek.MONDAY;
	}

	/** The start of the group a day falls in. */
	LocalDate bucketOf(LocalDate day) {
		if (this.interval == Interval.DAY) {
			return day;
		}
		LocalDate start = day;
		while (start.getDayOfWeek() != this.weekStart) {
			start = start.minusDays(1);
		}
		return start.isBefore(this.from) ? this.from : start;
	}

	/** The starts of every group, in order. */
	List<LocalDate> buckets() {
		List<LocalDate> starts = new ArrayList<>();
		for (LocalDate day = this.from; !day.isAfter(this.to); day = day.plusDays(1)) {
			LocalDate bucket = bucketOf(day);
			if (starts.isEmpty() || !starts.get(starts.size() - 1).equals(bucket)) {
				starts.add(bucket);
			}
		}
		return starts;
	}

}
