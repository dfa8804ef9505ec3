package org.eservices.portal.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eservices.portal.forms.FormValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private static final Set<DayOfWeek> SUNDAY_TO_THURSDAY = EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
			DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);

	@Test
	void theLastThirtyDaysByDayUnlessAskedOtherwise() {
		ReportPeriod period = ReportPeriod.parse(null, null, null, TODAY,
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
		assertThat(period.from()).isEqualTo(LocalDate.of(2026, 11, 3));
		assertThat(period.to()).isEqualTo(TODAY);
		assertThat(period.interval()).isEqualTo(ReportPeriod.Interval.DAY);
		assertThat(period.buckets()).hasSize(30);
	}

	@Test
	void weeksStartOnTheFirstDayOfTheWorkingWeek() {
		// Tuesday 1 to Monday 14 December 2026
		ReportPeriod period = ReportPeriod.parse("2026-12-01", "2026-12-14", "week", TODAY, SUNDAY_TO_THURSDAY);
		assertThat(period.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(period.buckets()).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 6),
				LocalDate.of(2026, 12, 13));
		assertThat(period.bucketOf(LocalDate.of(2026, 12, 12))).isEqualTo(LocalDate.of(2026, 12, 6));
		ReportPeriod monday = ReportPeriod.parse("2026-12-01", "2026-12-14", "week", TODAY,
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
		assertThat(monday.buckets()).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7),
				LocalDate.of(2026, 12, 14));
	}

	@Test
	void longPeriodsAreGroupedByWeek() {
		assertThat(ReportPeriod.parse("2026-09-01", null, null, TODAY, SUNDAY_TO_THURSDAY).interval())
			.isEqualTo(ReportPeriod.Interval.WEEK);
	}

	@Test
	void eachWrongParameterIsNamed() {
		assertThatThrownBy(() -> ReportPeriod.parse("1 May", "2026-13-01", "month", TODAY, SUNDAY_TO_THURSDAY))
			.isInstanceOfSatisfying(FormValidationException.class,
					(ex) -> assertThat(ex.errors()).containsOnlyKeys("from", "to", "interval"));
		assertThatThrownBy(() -> ReportPeriod.parse("2026-12-03", "2026-12-02", null, TODAY, SUNDAY_TO_THURSDAY))
			.isInstanceOfSatisfying(FormValidationException.class,
					(ex) -> assertThat(ex.errors()).containsOnlyKeys("from"));
		assertThatThrownBy(() -> ReportPeriod.parse("2025-01-01", "2026-12-02", null, TODAY, SUNDAY_TO_THURSDAY))
			.isInstanceOf(FormValidationException.class);
	}

	@Test
	void percentilesAreNearestRankOverTheDaysTaken() {
		// 10 decisions: 0 days (4), 2 days (4), 9 days, 30 days
		Map<Integer, Long> histogram = Map.of(0, 4L, 2, 4L, 9, 1L, 30, 1L);
		assertThat(DashboardFigures.percentile(new java.util.TreeMap<>(histogram), 50)).isEqualTo(2);
		assertThat(DashboardFigures.percentile(new java.util.TreeMap<>(histogram), 90)).isEqualTo(9);
		assertThat(DashboardFigures.percentile(new java.util.TreeMap<>(Map.of(5, 1L)), 90)).isEqualTo(5);
		assertThat(DashboardFigures.percentile(new java.util.TreeMap<>(), 50)).isNull();
	}

	@Test
	void theFunnelsDropOffIsOfThePreviousStep() {
		List<FigureRow> rows = List.of(row(Measures.DRAFT_STARTED, 10), row(Measures.SUBMITTED, 8),
				row(Measures.PAID, 6), row(Measures.DECIDED, 6));
		assertThat(DashboardFigures.funnel(rows)).extracting(Dashboard.FunnelStep::dropOffPercent)
			.containsExactly(null, 20, 25, 0);
	}

	@Test
	void theDeliveryRateIsOfTheMessagesWhoseFateWasReported() {
		List<FigureRow> rows = List.of(message("email:sent", 4), message("email:delivered", 2),
				message("email:undelivered", 1), message("sms:sent", 3));
		assertThat(DashboardFigures.messages(rows))
			.extracting(Dashboard.Delivery::channel, Dashboard.Delivery::sent, Dashboard.Delivery::deliveryRatePercent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("email", 4L, 67),
					org.assertj.core.groups.Tuple.tuple("sms", 3L, null));
	}

	private static FigureRow message(String dimension, long count) {
		return new FigureRow(TODAY, "s", Measures.MESSAGE, dimension, count, 0);
	}

	private static FigureRow row(String measure, long count) {
		return new FigureRow(TODAY, "s", measure, "", count, 0);
	}

}
