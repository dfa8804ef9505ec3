package org.eservices.app.messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.MessageSenders;
import org.eservices.connectors.notification.MessageTemplates;
import org.eservices.connectors.notification.OutgoingMessage;
import org.eservices.portal.privacy.ErasureConfirmation;

import org.springframework.stereotype.Component;

/**
 * The e-mail that confirms an erasure, from the platform's texts, handed straight to the
 * provider: not through the message log, which would keep the address it was meant to
 * forget.
 */
@Component
class EmailErasureConfirmation implements ErasureConfirmation {

	static final String TEMPLATE = "account-erased";

	private final MessageTemplates templates;

	private final MessageSenders senders;

	EmailErasureConfirmation(MessageTemplates templates, MessageSenders senders) {
		this.templates = templates;
		this.senders = senders;
	}

	@Override
	public void confirm(String email, String name, List<String> withdrawn) {
		Map<String, Object> data = new HashMap<>();
		data.put("name", (name != null && !name.isBlank()) ? name : email);
		data.put("withdrawn", String.join(", ", withdrawn));
		MessageTemplates.Rendered text = this.templates.render(EmailStaffMessages.TEXTS, TEMPLATE, Channel.EMAIL, data);
		this.senders.of(Channel.EMAIL)
			.send(new OutgoingMessage(Channel.EMAIL, email, text.subject(), text.body(), null, null));
	}

}
