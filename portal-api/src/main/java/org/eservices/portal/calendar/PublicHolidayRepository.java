package org.eservices.portal.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicHolidayRepository extends JpaRepository<PublicHoliday, LocalDate> {

	List<PublicHoliday> findAllByOrderByDayAsc();

}
