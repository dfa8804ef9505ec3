package org.eservices.connectors.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A verified provider event in the inbox, with what it did.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_event_seq")
	@SequenceGenerator(name = "webhook_event_seq", sequenceName = "webhook_event_seq", allocationSize = 50)
	private Long id;

	private String provider;

	private String eventId;

	private String eventType;

	@Column(columnDefinition = "text")
	private String payload;

	private String outcome;

	private Instant receivedAt;

	protected WebhookEvent() {
	}

	public WebhookEvent(String provider, String eventId, String eventType, String payload, Instant receivedAt) {
		this.provider = provider;
		this.eventId = eventId;
		this.eventType = eventType;
		this.payload = payload;
		this.outcome = "received";
		this.receivedAt = receivedAt;
	}

	public void outcome(String outcome) {
		this.outcome = outcome;
	}

}
