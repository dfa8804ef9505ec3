package org.eservices.connectors.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.eservices.connectors.ConnectorInputs;
import org.eservices.connectors.notification.preference.NotificationPreferences;
import org.eservices.contract.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the send-email and send-SMS delegates share: render the template with the process
 * data and the reference, and send once per job.
 */
public class NotificationDelegateSupport {

	private static final Logger log = LoggerFactory.getLogger(NotificationDelegateSupport.class);

	public static final String INPUT_TO = "to";

	public static final String INPUT_TEMPLATE = "template";

	/** Dates in messages as people write them, e.g. "28 November 2026, 14:30 UTC". */
	private final DateTimeFormatter readableDate;

	private final MessageTemplates templates;

	private final Notifications notifications;

	private final MessageSenders senders;

	private final NotificationPreferences preferences;

	/**
	 * The portal's public address: {@code {{portalUrl}}/requests/{{reference}}} in texts.
	 */
	private final String portalUrl;

	public NotificationDelegateSupport(MessageTemplates templates, Notifications notifications, MessageSenders senders,
			NotificationPreferences preferences, ZoneId timeZone, String portalUrl) {
		this.portalUrl = portalUrl;
		this.readableDate = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH).withZone(timeZone);
		this.templates = templates;
		this.notifications = notifications;
		this.senders = senders;
		this.preferences = preferences;
	}

	/**
	 * @return the message, or {@code null} when the citizen opted out of this channel
	 */
	public Notification send(DelegateExecution execution, Channel channel) {
		Object citizen = execution.getVariable(ProcessVariables.CITIZEN_ID);
		if (citizen != null && !this.preferences.channelsOf(citizen.toString()).contains(channel)) {
			log.info("{} not sent: the applicant chose not to get messages this way", channel);
			return null;
		}
		String to = ConnectorInputs.requireText(execution, INPUT_TO);
		String template = ConnectorInputs.requireText(execution, INPUT_TEMPLATE);
		Map<String, Object> data = new HashMap<>(execution.getVariables());
		data.replaceAll(
				(name, value) -> (value instanceof Date date) ? this.readableDate.format(date.toInstant()) : value);
		data.put("reference", execution.getProcessBusinessKey());
		data.put("portalUrl", this.portalUrl);
		// not parsed from the definition's id: past 64 characters Camunda makes that a
		// bare generated id
		String processKey = execution.getProcessEngineServices()
			.getRepositoryService()
			.getProcessDefinition(execution.getProcessDefinitionId())
			.getKey();
		MessageTemplates.Rendered text = this.templates.render(processKey, template, channel, data);
		OutgoingMessage message = new OutgoingMessage(channel, to, text.subject(), text.body(),
				execution.getProcessInstanceId(), execution.getProcessBusinessKey());
		Notification sent = this.notifications.send(ConnectorInputs.idempotencyKey(execution), message,
				this.senders.of(channel));
		// what and how, never to whom: the reference comes from the engine's logging
		// context
		log.info("{} '{}' of {} {} through {}", channel, template, processKey, sent.getStatus().name().toLowerCase(),
				sent.getProvider());
		return sent;
	}

}
