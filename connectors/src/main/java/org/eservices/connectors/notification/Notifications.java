package org.eservices.connectors.notification;

import java.time.Clock;
import java.util.Locale;

import org.eservices.connectors.OutcomeReports;
import org.eservices.connectors.OwnTransaction;
import org.eservices.connectors.ProviderException;
import org.eservices.connectors.notification.Notification.Status;

import org.springframework.stereotype.Service;

/**
 * Sends each message at most once per idempotency key. The log entry is written in its
 * own transaction before the provider is called and marked sent in another right after,
 * so a job that is retried after the provider accepted the message (its own transaction
 * rolled back) finds it sent and does not send again.
 */
@Service
public class Notifications {

	private final NotificationRepository repository;

	private final OwnTransaction ownTransaction;

	private final Clock clock;

	private final MessageMetrics metrics;

	private final OutcomeReports reports;

	public Notifications(NotificationRepository repository, OwnTransaction ownTransaction, Clock clock,
			MessageMetrics metrics, OutcomeReports reports) {
		this.reports = reports;
		this.metrics = metrics;
		this.repository = repository;
		this.ownTransaction = ownTransaction;
		this.clock = clock;
	}

	public Notification send(String idempotencyKey, OutgoingMessage message, MessageSender sender) {
		Notification notification = this.ownTransaction.execute(() -> {
			Notification entry = this.repository.findByIdempotencyKey(idempotencyKey)
				.orElseGet(() -> new Notification(idempotencyKey, message, sender.provider(), this.clock.instant()));
			if (entry.getStatus() != Status.SENT) {
				entry.attempted(this.clock.instant());
			}
			return this.repository.save(entry);
		});
		if (notification.getStatus() == Status.SENT) {
			return notification;
		}
		try {
			String providerMessageId = sender.send(message);
			Notification sent = this.ownTransaction.update(this.repository, notification.getId(), (entry) -> {
				entry.sent(providerMessageId, this.clock.instant());
				report(entry, "sent");
			});
			this.metrics.sent(message.channel());
			return sent;
		}
		catch (RuntimeException ex) {
			this.ownTransaction.update(this.repository, notification.getId(), (entry) -> {
				entry.failed(ex.getMessage(), this.clock.instant());
				report(entry, "failed");
			});
			this.metrics.failed(message.channel());
			throw (ex instanceof ProviderException) ? ex
					: new ProviderException(sender.provider() + " failed: " + ex.getMessage(), ex);
		}
	}

	private void report(Notification entry, String outcome) {
		this.reports.message(entry.getBusinessKey(), entry.getChannel().name().toLowerCase(Locale.ROOT), outcome);
	}

}
