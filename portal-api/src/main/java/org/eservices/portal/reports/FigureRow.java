package org.eservices.portal.reports;

import java.time.LocalDate;

/** A counter's sum for a day, as the dashboard reads it. */
record FigureRow(LocalDate day, String service, String measure, String dimension, long count, long amount) {

}
