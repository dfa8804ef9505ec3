package org.eservices.connectors.notification.preference;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.eservices.connectors.notification.Channel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each citizen's channels. Without a choice, a citizen hears on both: the application
 * forms ask for an email address and a mobile number.
 */
@Service
public class NotificationPreferences {

	private final NotificationPreferenceRepository repository;

	private final Clock clock;

	NotificationPreferences(NotificationPreferenceRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Set<Channel> channelsOf(String citizenId) {
		return this.repository.findById(citizenId).map((preference) -> {
			Set<Channel> channels = EnumSet.noneOf(Channel.class);
			if (preference.isEmail()) {
				channels.add(Channel.EMAIL);
			}
			if (preference.isSms()) {
				channels.add(Channel.SMS);
			}
			return channels;
		}).orElseGet(() -> EnumSet.allOf(Channel.class));
	}

	/**
	 * At least one channel: essential notices (a decision, a request for information)
	 * must reach the citizen.
	 */
	@Transactional
	public void choose(String citizenId, boolean email, boolean sms) {
		if (!email && !sms) {
			throw new IllegalArgumentException("Choose at least one channel");
		}
		this.repository.findById(citizenId)
			.ifPresentOrElse((preference) -> preference.change(email, sms, this.clock.instant()), () -> this.repository
				.save(new NotificationPreference(citizenId, email, sms, this.clock.instant())));
	}

	/** With the citizen's account: they are then told nothing more. */
	@Transactional
	public int forget(String citizenId) {
		if (!this.repository.existsById(citizenId)) {
			return 0;
		}
		this.repository.deleteById(citizenId);
		return 1;
	}

}
