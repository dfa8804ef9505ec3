package org.eservices.app.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eservices.connectors.notification.Notification;
import org.eservices.connectors.notification.NotificationRepository;
import org.eservices.portal.privacy.CitizenRecords;
import org.eservices.portal.privacy.PersonalDataPart;
import org.eservices.portal.privacy.RetainedRecords;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails and text messages sent to the citizen about their requests (to whom, what,
 * and what the provider reported). On erasure every message about their requests goes,
 * the staff's reminders about them too.
 */
@Component
class MessageLogData implements PersonalDataPart {

	private final NotificationRepository log;

	MessageLogData(NotificationRepository log) {
		this.log = log;
	}

	@Override
	public String name() {
		return "messages";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(CitizenRecords citizen) {
		if (citizen.references().isEmpty()) {
			return List.of();
		}
		return this.log.findByBusinessKeyInOrderByCreatedAtAscIdAsc(citizen.references())
			.stream()
			.map(MessageLogData::fields)
			.toList();
	}

	@Override
	@Transactional
	public int erase(CitizenRecords citizen, RetainedRecords retained) {
		if (citizen.references().isEmpty()) {
			return 0;
		}
		// "in ()" is not SQL: a request without a process instance names none
		List<String> instances = citizen.processInstanceIds().isEmpty() ? List.of("") : citizen.processInstanceIds();
		return this.log.deleteAbout(citizen.references(), instances);
	}

	private static Map<String, Object> fields(Notification message) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("reference", message.getBusinessKey());
		fields.put("channel", message.getChannel().name());
		fields.put("to", message.getRecipient());
		fields.put("subject", message.getSubject());
		fields.put("body", message.getBody());
		fields.put("status", message.getStatus().name());
		fields.put("deliveryStatus", message.getDeliveryStatus());
		fields.put("sentAt", message.getCreatedAt());
		return fields;
	}

}
