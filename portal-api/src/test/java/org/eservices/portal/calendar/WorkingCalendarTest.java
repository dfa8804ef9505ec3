package org.eservices.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Working days of a Monday-to-Friday and of a Sunday-to-Thursday week, with public
 * holidays: counted from the day after, weekends and holidays skipped.
 */
class WorkingCalendarTest {

	/** A Friday. */
	static final LocalDate FRIDAY = LocalDate.of(2026, 12, 18);

	static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

	static final LocalDate BOXING_DAY = LocalDate.of(2026, 12, 26);

	final WorkingCalendar mondayToFriday = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			Set.of(CHRISTMAS, BOXING_DAY)::contains);

	final WorkingCalendar sundayToThursday = new WorkingCalendar(
			EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
			(day) -> false);

	@Test
	void aWeekendIsSkipped() {
		assertThat(this.mondayToFriday.plusWorkingDays(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 12, 21));
		assertThat(this.mondayToFriday.plusWorkingDays(FRIDAY, 0)).isEqualTo(FRIDAY);
	}

	@Test
	void aHolidayIsSkippedLikeAWeekendDay() {
		// Mon 21, Tue 22, Wed 23, Thu 24, (Fri 25 Christmas), Mon 28
		assertThat(this.mondayToFriday.plusWorkingDays(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(this.mondayToFriday.isWorkingDay(CHRISTMAS)).isFalse();
		assertThat(this.mondayToFriday.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
	}

	@Test
	void countingFromADayOffStartsWithTheNextWorkingDay() {
		LocalDate saturday = FRIDAY.plusDays(1);
		assertThat(this.mondayToFriday.plusWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2026, 12, 21));
		assertThat(this.mondayToFriday.plusWorkingDays(CHRISTMAS, 1)).isEqualTo(LocalDate.of(2026, 12, 28));
	}

	@Test
	void aSundayToThursdayWeekWorksOnSundayNotOnFriday() {
		assertThat(this.sundayToThursday.plusWorkingDays(LocalDate.of(2026, 12, 17), 1)).as("Thursday + 1 is Sunday")
			.isEqualTo(LocalDate.of(2026, 12, 20));
		assertThat(this.sundayToThursday.isWorkingDay(FRIDAY)).isFalse();
	}

	@Test
	void daysBetweenCountWorkingDaysOnlyAndAreNegativeWhenLate() {
		// a wait from Friday 18 to Tuesday 29 over Christmas: 21, 22, 23, 24, 28, 29
		assertThat(this.mondayToFriday.workingDaysBetween(FRIDAY, LocalDate.of(2026, 12, 29))).isEqualTo(6);
		assertThat(this.mondayToFriday.workingDaysBetween(FRIDAY, FRIDAY)).isZero();
		assertThat(this.mondayToFriday.workingDaysBetween(LocalDate.of(2026, 12, 22), FRIDAY)).isEqualTo(-2);
		assertThat(this.mondayToFriday.workingDaysBetween(CHRISTMAS, BOXING_DAY)).isZero();
	}

	@Test
	void aWeekWithoutWorkingDaysIsRefused() {
		assertThatThrownBy(() -> new WorkingCalendar(EnumSet.noneOf(DayOfWeek.class), (day) -> false))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
