package org.eservices.portal.reports;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One counter of the reports: what happened ({@code measure}, with a {@code dimension}
 * such as the outcome or the channel), to which e-service, on which day of the business
 * calendar.
 */
record Figure(LocalDate day, String service, String measure, String dimension) {

	/** The order transactions write counters in, so that two of them never deadlock. */
	static final Comparator<Figure> WRITE_ORDER = Comparator.comparing(Figure::day)
		.thenComparing(Figure::service)
		.thenComparing(Figure::measure)
		.thenComparing(Figure::dimension);

	Figure {
		dimension = (dimension != null) ? dimension : "";
		service = (service != null) ? service : "";
	}

}
