package org.eservices.app.engine.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.eservices.portal.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's due dates and timer durations in working days, in the public body's time
 * zone, to the end of the day; ISO dates and durations as the engine reads them.
 */
class WorkingDaysBusinessCalendarTest {

	static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");

	/** Thursday 17 December 2026, 15:00 in Cairo. */
	static final Date THURSDAY_AFTERNOON = Date.from(Instant.parse("2026-12-17T13:00:00Z"));

	final WorkingDaysBusinessCalendar.CalendarSource source = new WorkingDaysBusinessCalendar.CalendarSource() {
		@Override
		public WorkingCalendar current() {
			return new WorkingCalendar(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
					DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), Set.of(LocalDate.of(2026, 12, 21))::contains);
		}

		@Override
		public ZoneId zone() {
			return CAIRO;
		}
	};

	final BusinessCalendar dueDates = new WorkingDaysBusinessCalendar(new DueDateBusinessCalendar(), this.source);

	@Test
	void workingDaysEndWithTheDayInTheBodysTimeZoneSkippingWeekendAndHoliday() {
		// Sun 20, (Mon 21 holiday), Tue 22: the end of Tuesday in Cairo
		Date due = this.dueDates.resolveDuedate("2 working days", THURSDAY_AFTERNOON);

		assertThat(due.toInstant()).isEqualTo(Instant.parse("2026-12-22T21:59:59.999Z"));
		assertThat(this.dueDates.resolveDuedate("1 Working Day", THURSDAY_AFTERNOON).toInstant())
			.isEqualTo(Instant.parse("2026-12-20T21:59:59.999Z"));
	}

	@Test
	void isoDatesAndDurationsAreTheEnginesAsBefore() {
		assertThat(this.dueDates.resolveDuedate("2027-01-05T10:00:00Z", THURSDAY_AFTERNOON).toInstant())
			.isEqualTo(Instant.parse("2027-01-05T10:00:00Z"));
		BusinessCalendar durations = new WorkingDaysBusinessCalendar(new DurationBusinessCalendar(), this.source);
		assertThat(durations.resolveDuedate("P2D", THURSDAY_AFTERNOON).toInstant())
			.isEqualTo(Instant.parse("2026-12-19T13:00:00Z"));
		assertThat(durations.resolveDuedate("3 working days", THURSDAY_AFTERNOON).toInstant())
			.isEqualTo(Instant.parse("2026-12-23T21:59:59.999Z"));
	}

}
