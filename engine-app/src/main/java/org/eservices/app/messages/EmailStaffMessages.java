package org.eservices.app.messages;

import java.util.Map;

import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.MessageSenders;
import org.eservices.connectors.notification.MessageTemplates;
import org.eservices.connectors.notification.Notifications;
import org.eservices.connectors.notification.OutgoingMessage;
import org.eservices.portal.sla.StaffMessages;

import org.springframework.stereotype.Component;

/**
 * Staff reminders and escalations by e-mail through the connectors' notification log,
 * from the platform's texts ({@code notifications/platform/}). Sent with the case's
 * process instance but not its reference, so they never show among the messages the
 * citizen sees about their request.
 */
@Component
class EmailStaffMessages implements StaffMessages {

	static final String TEXTS = "platform";

	private final MessageTemplates templates;

	private final Notifications notifications;

	private final MessageSenders senders;

	EmailStaffMessages(MessageTemplates templates, Notifications notifications, MessageSenders senders) {
		this.templates = templates;
		this.notifications = notifications;
		this.senders = senders;
	}

	@Override
	public void email(String idempotencyKey, String to, String template, Map<String, Object> data,
			String processInstanceId, String reference) {
		MessageTemplates.Rendered text = this.templates.render(TEXTS, template, Channel.EMAIL, data);
		this.notifications.send(idempotencyKey,
				new OutgoingMessage(Channel.EMAIL, to, text.subject(), text.body(), processInstanceId, null),
				this.senders.of(Channel.EMAIL));
	}

}
