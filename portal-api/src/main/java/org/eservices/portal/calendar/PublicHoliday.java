package org.eservices.portal.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day the public body does not work, fixed or movable alike: a date and its name. */
@Entity
@Table(name = "public_holiday")
class PublicHoliday {

	@Id
	@Column(name = "holiday_date")
	private LocalDate day;

	private String name;

	protected PublicHoliday() {
	}

	PublicHoliday(LocalDate day, String name) {
		this.day = day;
		this.name = name;
	}

	LocalDate getDay() {
		return this.day;
	}

	String getName() {
		return this.name;
	}

}
