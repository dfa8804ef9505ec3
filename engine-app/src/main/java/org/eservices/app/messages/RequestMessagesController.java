package org.eservices.app.messages;

import java.time.Instant;
import java.util.List;

import org.eservices.connectors.notification.Notification;
import org.eservices.connectors.notification.NotificationRepository;
import org.eservices.portal.requests.Requests;
import org.eservices.portal.security.PortalUser;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-mails and text messages the platform sent a citizen about one of their requests,
 * with what the provider reported. Here because it joins the portal's requests and the
 * connectors' message log.
 */
@RestController
class RequestMessagesController {

	private final Requests requests;

	private final NotificationRepository notifications;

	RequestMessagesController(Requests requests, NotificationRepository notifications) {
		this.requests = requests;
		this.notifications = notifications;
	}

	@GetMapping("/api/requests/{reference}/messages")
	@Transactional(readOnly = true)
	List<Message> messages(PortalUser citizen, @PathVariable String reference) {
		this.requests.ownedBy(citizen.id(), reference);
		return this.notifications.findByBusinessKeyOrderByCreatedAtAscIdAsc(reference)
			.stream()
			.map(Message::of)
			.toList();
	}

	/**
	 * @param status the platform's: sent, or failed after its retries
	 * @param deliveryStatus the provider's later report (delivered, bounced, ...), if any
	 */
	record Message(String channel, String to, String subject, String body, String status, String deliveryStatus,
			Instant sentAt) {

		static Message of(Notification notification) {
			return new Message(notification.getChannel().name(), notification.getRecipient(), notification.getSubject(),
					notification.getBody(), notification.getStatus().name(), notification.getDeliveryStatus(),
					notification.getCreatedAt());
		}

	}

}
