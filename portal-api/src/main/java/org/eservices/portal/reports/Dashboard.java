package org.eservices.portal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every figure of the reporting dashboard for a period and the e-services its viewer may
 * see. Series are aligned with {@link #periods}: the n-th number is the n-th period's.
 *
 * @param periods the first day of each day or week of the period
 * @param submissions requests submitted, per e-service and period
 * @param funnel drafts started, submitted, paid (or free), decided, with the drop-off
 * from each step to the next
 * @param processing per e-service: decisions, working days taken (median and 90th
 * percentile) against the target, decided within it, and tasks escalated for lateness
 * @param openByAge requests open now, by calendar days since submission
 * @param fees fees collected and refunded per currency and period
 */
public record Dashboard(LocalDate from, LocalDate to, String interval, List<ServiceName> services,
		List<LocalDate> periods, List<Series> submissions, List<FunnelStep> funnel, List<Processing> processing,
		List<AgeBand> openByAge, List<Throughput> clerks, List<Throughput> departments, List<Fees> fees,
		List<Delivery> messages) {

	public record ServiceName(String key, String name) {

	}

	public record Series(String key, String name, List<Long> counts, long total) {

	}

	/**
	 * @param dropOffPercent of the previous step's count, those that did not reach this
	 * one; none for the first step or after an empty one
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FunnelStep(String step, long count, Integer dropOffPercent) {

	}

	/**
	 * @param medianDays working days, nearest rank; none without decisions
	 * @param compliancePercent decided within the target, of those decided
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Processing(String key, String name, Integer targetDays, long decided, Integer medianDays,
			Integer p90Days, long withinTarget, long late, Integer compliancePercent, long escalatedTasks) {

	}

	/**
	 * @param band {@code 0-7}, {@code 8-14}, {@code 15-30}, {@code 31-60} or {@code 61+}
	 */
	public record AgeBand(String band, long count) {

	}

	public record Throughput(String id, String name, long completed) {

	}

	/** Amounts in the currency's units (e.g. euros), one per period. */
	public record Fees(String currency, List<BigDecimal> collected, List<BigDecimal> refunded,
			BigDecimal totalCollected, BigDecimal totalRefunded, long payments, long refunds) {

	}

	/**
	 * @param deliveryRatePercent delivered, of the messages whose fate their provider
	 * reported; none without reports (a provider without delivery callbacks, the sandbox)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Delivery(String channel, long sent, long failed, long delivered, long undelivered,
			Integer deliveryRatePercent) {

	}

}
