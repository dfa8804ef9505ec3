package org.eservices.app.privacy;

import java.util.Map;
import java.util.Set;

import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.preference.NotificationPreferences;
import org.eservices.portal.privacy.CitizenRecords;
import org.eservices.portal.privacy.PersonalDataPart;
import org.eservices.portal.privacy.RetainedRecords;

import org.springframework.stereotype.Component;

/** How the citizen chose to hear about their requests. */
@Component
class NotificationPreferencesData implements PersonalDataPart {

	private final NotificationPreferences preferences;

	NotificationPreferencesData(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public String name() {
		return "notificationPreferences";
	}

	@Override
	public Object export(CitizenRecords citizen) {
		Set<Channel> channels = this.preferences.channelsOf(citizen.citizenId());
		return Map.of("email", channels.contains(Channel.EMAIL), "sms", channels.contains(Channel.SMS));
	}

	@Override
	public int erase(CitizenRecords citizen, RetainedRecords retained) {
		return (citizen.citizenId() != null) ? this.preferences.forget(citizen.citizenId()) : 0;
	}

}
