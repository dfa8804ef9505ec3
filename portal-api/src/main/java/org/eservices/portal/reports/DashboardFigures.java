package org.eservices.portal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eservices.portal.catalog.EService;
import org.eservices.portal.reports.Dashboard.Delivery;
import org.eservices.portal.reports.Dashboard.Fees;
import org.eservices.portal.reports.Dashboard.FunnelStep;
import org.eservices.portal.reports.Dashboard.Processing;
import org.eservices.portal.reports.Dashboard.Series;

/** The dashboard's figures, worked out from a period's counter rows. */
final class DashboardFigures {

	private DashboardFigures() {
	}

	static List<Series> submissions(List<FigureRow> rows, Map<String, String> names, ReportPeriod period,
			List<LocalDate> periods) {
		List<Series> series = new ArrayList<>();
		names.forEach((key, name) -> {
			List<Long> counts = perPeriod(rows.stream()
				.filter((row) -> row.measure().equals(Measures.SUBMITTED) && row.service().equals(key))
				.toList(), period, periods, FigureRow::count);
			series.add(new Series(key, name, counts, counts.stream().mapToLong(Long::longValue).sum()));
		});
		return series;
	}

	static <N extends Number> List<Long> perPeriod(List<FigureRow> rows, ReportPeriod period, List<LocalDate> periods,
			Function<FigureRow, N> value) {
		Map<LocalDate, Long> sums = new TreeMap<>();
		for (FigureRow row : rows) {
			sums.merge(period.bucketOf(row.day()), value.apply(row).longValue(), Long::sum);
		}
		return periods.stream().map((start) -> sums.getOrDefault(start, 0L)).toList();
	}

	static List<FunnelStep> funnel(List<FigureRow> rows) {
		List<FunnelStep> steps = new ArrayList<>();
		Long previous = null;
		for (String measure : List.of(Measures.DRAFT_STARTED, Measures.SUBMITTED, Measures.PAID, Measures.DECIDED)) {
			long count = total(rows, measure);
			Integer dropOff = (previous != null && previous > 0)
					? (int) Math.round(100.0 * Math.max(0, previous - count) / previous) : null;
			steps.add(new FunnelStep(measure, count, dropOff));
			previous = count;
		}
		return steps;
	}

	static List<Processing> processing(List<FigureRow> rows, List<EService> services, Map<String, String> names) {
		List<Processing> figures = new ArrayList<>();
		for (EService service : services) {
			List<FigureRow> own = rows.stream().filter((row) -> row.service().equals(service.key())).toList();
			Map<Integer, Long> histogram = new TreeMap<>();
			for (FigureRow row : own) {
				if (row.measure().equals(Measures.PROCESSING_DAYS)) {
					histogram.merge(Integer.valueOf(row.dimension()), row.count(), Long::sum);
				}
			}
			long met = total(own, Measures.TARGET, "met");
			long missed = total(own, Measures.TARGET, "missed");
			figures.add(new Processing(service.key(), names.get(service.key()), service.processingDays(),
					total(own, Measures.DECIDED), percentile(histogram, 50), percentile(histogram, 90), met, missed,
					(met + missed > 0) ? (int) Math.round(100.0 * met / (met + missed)) : null,
					total(own, Measures.SLA_BREACH)));
		}
		return figures;
	}

	/** The nearest-rank percentile of a histogram of days. */
	static Integer percentile(Map<Integer, Long> histogram, int percent) {
		long count = histogram.values().stream().mapToLong(Long::longValue).sum();
		if (count == 0) {
			return null;
		}
		long rank = (long) Math.ceil(percent / 100.0 * count);
		long seen = 0;
		for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
			seen += bucket.getValue();
			if (seen >= rank) {
				return bucket.getKey();
			}
		}
		return null;
	}

	static Map<String, Long> byDimension(List<FigureRow> rows, String measure, String prefix) {
		Map<String, Long> sums = new TreeMap<>();
		for (FigureRow row : rows) {
			if (row.measure().equals(measure) && row.dimension().startsWith(prefix)
					&& row.dimension().length() > prefix.length()) {
				sums.merge(row.dimension().substring(prefix.length()), row.count(), Long::sum);
			}
		}
		return sums;
	}

	static List<Fees> fees(List<FigureRow> rows, ReportPeriod period, List<LocalDate> periods) {
		Set<String> currencies = rows.stream()
			.filter((row) -> row.measure().equals(Measures.FEE_COLLECTED)
					|| row.measure().equals(Measures.FEE_REFUNDED))
			.map(FigureRow::dimension)
			.collect(Collectors.toCollection(TreeSet::new));
		List<Fees> fees = new ArrayList<>();
		for (String currency : currencies) {
			List<FigureRow> collected = rows.stream()
				.filter((row) -> row.measure().equals(Measures.FEE_COLLECTED) && row.dimension().equals(currency))
				.toList();
			List<FigureRow> refunded = rows.stream()
				.filter((row) -> row.measure().equals(Measures.FEE_REFUNDED) && row.dimension().equals(currency))
				.toList();
			List<BigDecimal> collectedPerPeriod = perPeriod(collected, period, periods, FigureRow::amount).stream()
				.map((minor) -> major(minor, currency))
				.toList();
			List<BigDecimal> refundedPerPeriod = perPeriod(refunded, period, periods, FigureRow::amount).stream()
				.map((minor) -> major(minor, currency))
				.toList();
			fees.add(new Fees(currency.toUpperCase(Locale.ROOT), collectedPerPeriod, refundedPerPeriod,
					major(collected.stream().mapToLong(FigureRow::amount).sum(), currency),
					major(refunded.stream().mapToLong(FigureRow::amount).sum(), currency),
					collected.stream().mapToLong(FigureRow::count).sum(),
					refunded.stream().mapToLong(FigureRow::count).sum()));
		}
		return fees;
	}

	static BigDecimal major(long minor, String currency) {
		int digits;
		try {
			digits = Math.max(0, Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits());
		}
		catch (IllegalArgumentException ex) {
			digits = 2;
		}
		return BigDecimal.valueOf(minor, digits);
	}

	static List<Delivery> messages(List<FigureRow> rows) {
		Map<String, Map<String, Long>> byChannel = new TreeMap<>();
		for (FigureRow row : rows) {
			int colon = row.dimension().indexOf(':');
			if (row.measure().equals(Measures.MESSAGE) && colon > 0) {
				byChannel.computeIfAbsent(row.dimension().substring(0, colon), (channel) -> new TreeMap<>())
					.merge(row.dimension().substring(colon + 1), row.count(), Long::sum);
			}
		}
		List<Delivery> deliveries = new ArrayList<>();
		for (String channel : List.of("email", "sms")) {
			Map<String, Long> outcomes = byChannel.getOrDefault(channel, Map.of());
			long sent = outcomes.getOrDefault("sent", 0L);
			long delivered = outcomes.getOrDefault("delivered", 0L);
			long undelivered = outcomes.getOrDefault("undelivered", 0L);
			deliveries.add(new Delivery(channel, sent, outcomes.getOrDefault("failed", 0L), delivered, undelivered,
					(delivered + undelivered > 0) ? (int) Math.round(100.0 * delivered / (delivered + undelivered))
							: null));
		}
		return deliveries;
	}

	static long total(List<FigureRow> rows, String measure) {
		return rows.stream().filter((row) -> row.measure().equals(measure)).mapToLong(FigureRow::count).sum();
	}

	static long total(List<FigureRow> rows, String measure, String dimension) {
		return rows.stream()
			.filter((row) -> row.measure().equals(measure) && row.dimension().equals(dimension))
			.mapToLong(FigureRow::count)
			.sum();
	}

}
