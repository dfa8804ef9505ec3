package org.eservices.connectors.sandbox;

import java.time.Instant;
import java.util.List;

import org.eservices.connectors.notification.Notification;
import org.eservices.connectors.notification.NotificationRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dev mailbox: every message the connectors sent (in sandbox mode: accepted without
 * sending), newest first, or those of one request in order. For admins.
 */
@RestController
@RequestMapping("/api/dev/mailbox")
class DevMailboxController {

	private final NotificationRepository notifications;

	DevMailboxController(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	List<MailboxEntry> list(@RequestParam(required = false) String reference,
			@RequestParam(defaultValue = "50") int size) {
		List<Notification> found = (reference != null)
				? this.notifications.findByBusinessKeyOrderByCreatedAtAscIdAsc(reference) : this.notifications
					.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(0, Math.min(Math.max(size, 1), 500)));
		return found.stream().map(MailboxEntry::of).toList();
	}

	record MailboxEntry(String channel, String to, String subject, String body, String status, String provider,
			String providerMessageId, String deliveryStatus, int attempts, String reference, Instant createdAt) {

		static MailboxEntry of(Notification n) {
			return new MailboxEntry(n.getChannel().name(), n.getRecipient(), n.getSubject(), n.getBody(),
					n.getStatus().name(), n.getProvider(), n.getProviderMessageId(), n.getDeliveryStatus(),
					n.getAttempts(), n.getBusinessKey(), n.getCreatedAt());
		}

	}

}
