package org.eservices.connectors.notification.preference;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The channels a citizen wants updates on.
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

	@Id
	private String citizenId;

	private boolean email;

	private boolean sms;

	private Instant updatedAt;

	protected NotificationPreference() {
	}

	NotificationPreference(String citizenId, boolean email, boolean sms, Instant now) {
		this.citizenId = citizenId;
		change(email, sms, now);
	}

	void change(boolean email, boolean sms, Instant now) {
		this.email = email;
		this.sms = sms;
		this.updatedAt = now;
	}

	public boolean isEmail() {
		return this.email;
	}

	public boolean isSms() {
		return this.sms;
	}

}
