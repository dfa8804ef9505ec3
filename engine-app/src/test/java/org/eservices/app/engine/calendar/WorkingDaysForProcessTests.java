package org.eservices.app.engine.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eservices.portal.calendar.WorkingCalendar;

/**
 * The process tests' engine reads {@code "5 working days"} as the platform's does: Monday
 * to Friday, UTC, no holidays (named in {@code camunda-process-test.cfg.xml}).
 */
public class WorkingDaysForProcessTests extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		WorkingCalendar week = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), (day) -> false);
		WorkingDaysBusinessCalendar.CalendarSource source = new WorkingDaysBusinessCalendar.CalendarSource() {
			@Override
			public WorkingCalendar current() {
				return week;
			}

			@Override
			public ZoneId zone() {
				return ZoneOffset.UTC;
			}
		};
		configuration.setBusinessCalendarManager(WorkingDaysBusinessCalendar.calendars(source));
	}

}
