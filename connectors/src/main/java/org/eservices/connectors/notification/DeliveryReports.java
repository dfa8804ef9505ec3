package org.eservices.connectors.notification;

import java.time.Clock;
import java.util.Map;

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

	private final NotificationRepository log;

	private final Clock clock;

	private final MessageMetrics metrics;

	public DeliveryReports(NotificationRepository log, Clock clock, MessageMetrics metrics) {
		this.log = log;
		this.clock = clock;
		this.metrics = metrics;
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
			.map((notification) -> notification.delivery(status, stage, this.clock.instant()))
			.orElse(false);
		if (changed) {
			this.metrics.delivery(provider, status);
		}
		return changed;
	}

}
