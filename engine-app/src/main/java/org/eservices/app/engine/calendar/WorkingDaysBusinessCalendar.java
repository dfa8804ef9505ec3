package org.eservices.app.engine.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.eservices.portal.calendar.WorkingCalendar;

/**
 * One of the engine's business calendars (due dates, timer durations) that also reads
 * {@code "5 working days"}: the end of the fifth working day after today, in the public
 * body's time zone and calendar. Anything else (ISO dates and durations) goes to the
 * engine's own calendar unchanged.
 */
final class WorkingDaysBusinessCalendar implements BusinessCalendar {

	static final Pattern WORKING_DAYS = Pattern.compile("\\s*(\\d{1,3})\\s+working\\s+days?\\s*",
			Pattern.CASE_INSENSITIVE);

	private final BusinessCalendar engines;

	private final CalendarSource calendar;

	WorkingDaysBusinessCalendar(BusinessCalendar engines, CalendarSource calendar) {
		this.engines = engines;
		this.calendar = calendar;
	}

	/** The engine's calendars, due dates and durations reading working days too. */
	static MapBusinessCalendarManager calendars(CalendarSource source) {
		MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
		calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
				new WorkingDaysBusinessCalendar(new DurationBusinessCalendar(), source));
		calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
				new WorkingDaysBusinessCalendar(new DueDateBusinessCalendar(), source));
		calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
		return calendars;
	}

	@Override
	public Date resolveDuedate(String duedate) {
		return resolveDuedate(duedate, (Date) null);
	}

	@Override
	public Date resolveDuedate(String duedate, Task task) {
		Matcher days = WORKING_DAYS.matcher(duedate);
		return days.matches() ? endOfWorkingDay(ClockUtil.getCurrentTime(), Integer.parseInt(days.group(1)))
				: this.engines.resolveDuedate(duedate, task);
	}

	@Override
	public Date resolveDuedate(String duedate, Date startDate) {
		Matcher days = WORKING_DAYS.matcher(duedate);
		if (!days.matches()) {
			return this.engines.resolveDuedate(duedate, startDate);
		}
		return endOfWorkingDay((startDate != null) ? startDate : ClockUtil.getCurrentTime(),
				Integer.parseInt(days.group(1)));
	}

	private Date endOfWorkingDay(Date from, int days) {
		ZoneId zone = this.calendar.zone();
		WorkingCalendar working = this.calendar.current();
		LocalDate due = working.plusWorkingDays(LocalDate.ofInstant(from.toInstant(), zone), days);
		return Date.from(due.atTime(LocalTime.MAX).atZone(zone).toInstant());
	}

	/** The deployment's calendar as it stands (holidays change while the engine runs). */
	interface CalendarSource {

		WorkingCalendar current();

		ZoneId zone();

	}

}
