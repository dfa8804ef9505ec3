package org.eservices.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The public body's working days: its week (e.g. Sunday to Thursday) less its public
 * holidays. Counting starts the day after the given date: a target of 1 working day set
 * on a Friday of a Monday-to-Friday week is the Monday.
 */
public final class WorkingCalendar {

	/** Past this many days with no working day in them, the calendar is wrong. */
	private static final int SEARCH_LIMIT = 3660;

	private final Set<DayOfWeek> week;

	private final Predicate<LocalDate> holiday;

	public WorkingCalendar(Set<DayOfWeek> week, Predicate<LocalDate> holiday) {
		if (week.isEmpty()) {
			throw new IllegalArgumentException("A working week needs at least one working day");
		}
		this.week = Set.copyOf(week);
		this.holiday = holiday;
	}

	public boolean isWorkingDay(LocalDate day) {
		return this.week.contains(day.getDayOfWeek()) && !this.holiday.test(day);
	}

	/** The working day that is {@code days} working days after {@code from}. */
	public LocalDate plusWorkingDays(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("Working days to add must not be negative: " + days);
		}
		LocalDate day = from;
		for (int counted = 0; counted < days;) {
			day = nextWorkingDay(day);
			counted++;
		}
		return day;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}; negative when
	 * {@code to} comes first (so many working days overdue).
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	private LocalDate nextWorkingDay(LocalDate after) {
		LocalDate day = after.plusDays(1);
		for (int tried = 0; !isWorkingDay(day); tried++) {
			if (tried > SEARCH_LIMIT) {
				throw new IllegalStateException("No working day within ten years after " + after);
			}
			day = day.plusDays(1);
		}
		return day;
	}

}
