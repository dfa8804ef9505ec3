package org.eservices.app.engine.calendar;

import java.time.ZoneId;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eservices.portal.calendar.BusinessCalendar;
import org.eservices.portal.calendar.WorkingCalendar;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives the engine the deployment's business calendar: a user task's
 * {@code camunda:dueDate="5 working days"} and a timer's {@code timeDuration} or
 * {@code timeDate} of the same form count working days, skipping the weekend and the
 * public holidays. The one place the engine's calendar classes are used.
 */
@Component
class WorkingDayDueDates extends AbstractProcessEnginePlugin {

	private final ObjectProvider<BusinessCalendar> calendar;

	WorkingDayDueDates(ObjectProvider<BusinessCalendar> calendar) {
		this.calendar = calendar;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		WorkingDaysBusinessCalendar.CalendarSource source = new WorkingDaysBusinessCalendar.CalendarSource() {
			@Override
			public WorkingCalendar current() {
				return WorkingDayDueDates.this.calendar.getObject().current();
			}

			@Override
			public ZoneId zone() {
				return WorkingDayDueDates.this.calendar.getObject().zone();
			}
		};
		configuration.setBusinessCalendarManager(WorkingDaysBusinessCalendar.calendars(source));
	}

}
