package org.eservices.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
		return new Calendar(this.calendar.workingDays(),
				this.calendar.holidays().stream().map(HolidayInput::of).toList());
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
		this.calendar.replaceHolidays(
				body.holidays().stream().map((h) -> new BusinessCalendar.Holiday(h.date(), h.name().strip())).toList());
		return ResponseEntity.noContent().build();
	}

	record Calendar(Set<DayOfWeek> workingDays, List<HolidayInput> holidays) {

	}

	record Holidays(@NotNull @Size(max = 1000) List<@Valid @NotNull HolidayInput> holidays) {

	}

	record HolidayInput(@NotNull LocalDate date, @NotBlank @Size(max = 100) String name) {

		static HolidayInput of(BusinessCalendar.Holiday holiday) {
			return new HolidayInput(holiday.date(), holiday.name());
		}

	}

}
