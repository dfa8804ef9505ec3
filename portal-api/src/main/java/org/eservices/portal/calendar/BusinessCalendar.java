package org.eservices.portal.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deployment's business calendar: its working week (settings) and its public holidays
 * (database, shared by every node; read again at most once a minute, so a change an admin
 * makes reaches every node within that).
 */
@Service
@EnableConfigurationProperties(CalendarSettings.class)
public class BusinessCalendar {

	private static final Duration FRESH_FOR = Duration.ofMinutes(1);

	private final PublicHolidayRepository holidays;

	private final CalendarSettings settings;

	private final ZoneId zone;

	private final Clock clock;

	private volatile Snapshot snapshot;

	BusinessCalendar(PublicHolidayRepository holidays, CalendarSettings settings,
			@Value("${eservices.time-zone:UTC}") ZoneId zone, Clock clock) {
		this.holidays = holidays;
		this.settings = settings;
		this.zone = zone;
		this.clock = clock;
	}

	/** The calendar as it stands now. */
	public WorkingCalendar current() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current == null || current.readAt().plus(FRESH_FOR).isBefore(now)) {
			Set<LocalDate> days = this.holidays.findAll()
				.stream()
				.map(PublicHoliday::getDay)
				.collect(Collectors.toUnmodifiableSet());
			current = new Snapshot(new WorkingCalendar(this.settings.workingDays(), days::contains), now);
			this.snapshot = current;
		}
		return current.calendar();
	}

	/** The public body's time zone: where a day starts and ends. */
	public ZoneId zone() {
		return this.zone;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	List<Holiday> holidays() {
		return this.holidays.findAllByOrderByDayAsc()
			.stream()
			.map((h) -> new Holiday(h.getDay(), h.getName()))
			.toList();
	}

	/** Replaces the list of holidays with this one. */
	@Transactional
	void replaceHolidays(List<Holiday> list) {
		this.holidays.deleteAllInBatch();
		this.holidays.flush();
		this.holidays.saveAll(list.stream().map((h) -> new PublicHoliday(h.date(), h.name())).toList());
		this.snapshot = null;
	}

	public Set<DayOfWeek> workingDays() {
		return this.settings.workingDays();
	}

	/** A public holiday as admins send and read it. */
	record Holiday(@NotNull LocalDate date, @NotBlank @Size(max = 100) String name) {

	}

	private record Snapshot(WorkingCalendar calendar, Instant readAt) {

	}

}
