package org.eservices.connectors.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eservices.connectors.OutcomeReports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers' delivery reports (SendGrid's Event Webhook, Twilio's status callback),
 * applied to the notification log. Replays and late reports change nothing.
 */
@Service
public class DeliveryReports {

	/**
	 * How far along a message is, for both providers' vocabularies; unknown statuses are
	 * ignored.
	 */
	static final Map<String, Integer> STAGES = Map.ofEntries(Map.entry("queued", 1), Map.entry("accepted", 1),
			Map.entry("processed", 1), Map.entry("sending", 2), Map.entry("deferred", 2), Map.entry("sent", 3),
			Map.entry("delivered", 4), Map.entry("undelivered", 4), Map.entry("failed", 4), Map.entry("bounce", 4),
			Map.entry("dropped", 4), Map.entry("read", 5));

	/** From here on a message's fate is known. */
	private static final int FINAL_STAGE = 4;

	/** Final statuses that mean the message arrived. */
	private static final Set<String> DELIVERED = Set.of("delivered", "read");

	private final NotificationRepository log;

	private final Clock clock;

	private final MessageMetrics metrics;

	private final OutcomeReports reports;

	public DeliveryReports(NotificationRepository log, Clock clock, MessageMetrics metrics, OutcomeReports reports) {
		this.reports = reports;
		this.log = log;
		this.clock = clock;
		this.metrics = metrics;
	}

	/** Applies a report, and reports the message's fate when this one settles it. */
	private boolean applied(Notification notification, String status, int stage) {
		boolean settledBefore = notification.getDeliveryStatus() != null
				&& stage(notification.getDeliveryStatus()) >= FINAL_STAGE;
		boolean changed = notification.delivery(status, stage, this.clock.instant());
		if (changed && !settledBefore && stage >= FINAL_STAGE) {
			this.reports.message(notification.getBusinessKey(),
					notification.getChannel().name().toLowerCase(Locale.ROOT),
					DELIVERED.contains(status) ? "delivered" : "undelivered");
		}
		return changed;
	}

	static int stage(String status) {
		return STAGES.getOrDefault(status, 0);
	}

	/**
	 * @return whether a message's status changed
	 */
	@Transactional
	public boolean report(String provider, String providerMessageId, String status) {
		int stage = stage(status);
		if (stage == 0) {
			return false;
		}
		boolean changed = this.log.findByProviderAndProviderMessageId(provider, providerMessageId)
			.map((notification) -> applied(notification, status, stage))
			.orElse(false);
		if (changed) {
			this.metrics.delivery(provider, status);
		}
		return changed;
	}

}
