package org.eservices.connectors.notification;

import java.time.ZoneId;
import java.util.List;

import org.eservices.connectors.notification.preference.NotificationPreferences;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the notification delegates share: the provider per channel and the sending logic.
 */
@AutoConfiguration
public class NotificationsAutoConfiguration {

	@Bean
	MessageSenders messageSenders(List<MessageSender> senders) {
		return new MessageSenders(senders);
	}

	/**
	 * @param timeZone where the citizens live: dates in messages are in their time
	 * @param portalUrl the portal's public address, for links in messages
	 */
	@Bean
	NotificationDelegateSupport notificationDelegateSupport(MessageTemplates templates, Notifications notifications,
			MessageSenders senders, NotificationPreferences preferences,
			@Value("${eservices.time-zone:UTC}") ZoneId timeZone,
			@Value("${eservices.public-url:http://localhost:8080}") String portalUrl) {
		return new NotificationDelegateSupport(templates, notifications, senders, preferences, timeZone,
				portalUrl.replaceAll("/+$", ""));
	}

}
