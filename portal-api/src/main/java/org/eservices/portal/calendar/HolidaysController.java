package org.eservices.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eservices.portal.calendar.BusinessCalendar.Holiday;
import org.eservices.portal.forms.FormValidationException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The business calendar for admins (under {@code /api/admin/}, the admins' paths): the
 * working week as configured, and the public holidays, which the operator keeps up to
 * date for the years ahead (movable feasts as the dates they fall on).
 */
@RestController
class HolidaysController {

	private final BusinessCalendar calendar;

	HolidaysController(BusinessCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/api/admin/calendar")
	Calendar calendar() {
		return new Calendar(this.calendar.workingDays(), this.calendar.holidays());
	}

	/** Replaces every holiday with the list sent. */
	@PutMapping("/api/admin/calendar/holidays")
	ResponseEntity<Void> replace(@Valid @RequestBody Holidays body) {
		Map<String, List<String>> errors = new HashMap<>();
		Map<LocalDate, Integer> seen = new HashMap<>();
		for (int i = 0; i < body.holidays().size(); i++) {
			Integer earlier = seen.putIfAbsent(body.holidays().get(i).date(), i);
			if (earlier != null) {
				errors.put("holidays[" + i + "].date", List.of("The same date as holidays[" + earlier + "]."));
			}
		}
		if (!errors.isEmpty()) {
			throw new FormValidationException(errors);
		}
		this.calendar
			.replaceHolidays(body.holidays().stream().map((h) -> new Holiday(h.date(), h.name().strip())).toList());
		return ResponseEntity.noContent().build();
	}

	record Calendar(Set<DayOfWeek> workingDays, List<Holiday> holidays) {

	}

	record Holidays(@NotNull @Size(max = 1000) List<@Valid @NotNull Holiday> holidays) {

	}

}
