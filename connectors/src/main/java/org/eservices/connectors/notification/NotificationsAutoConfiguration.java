package org.eservices.connectors.notification;

import java.util.List;

import org.eservices.connectors.preference.NotificationPreferences;

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

	@Bean
	NotificationDelegateSupport notificationDelegateSupport(MessageTemplates templates, Notifications notifications,
			MessageSenders senders, NotificationPreferences preferences) {
		return new NotificationDelegateSupport(templates, notifications, senders, preferences);
	}

}
