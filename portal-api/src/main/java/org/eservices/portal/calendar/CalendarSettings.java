package org.eservices.portal.calendar;

import java.time.DayOfWeek;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param workingDays the working week ({@code ESERVICES_WORKING_DAYS}, e.g.
 * {@code SUNDAY,MONDAY,TUESDAY,WEDNESDAY,THURSDAY}); the holidays are kept in the
 * database, maintained through {@code /api/admin/calendar}
 */
@ConfigurationProperties("eservices.calendar")
public record CalendarSettings(@DefaultValue( {
		"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> workingDays){

}
