package org.eservices.connectors.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One message a connector sends: what, to whom, through which provider, and how far it
 * got.
 */
@Entity
@Table(name = "notification")
public class Notification {

	public enum Status {

		/** Recorded, not (yet) accepted by the provider. */
		PENDING,
		/** Accepted by the provider. */
		SENT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
	@SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
	private Long id;

	private String idempotencyKey;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String recipient;

	private String subject;

	@Column(columnDefinition = "text")
	private String body;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String provider;

	private String providerMessageId;

	private int attempts;

	private String lastError;

	private String processInstanceId;

	private String businessKey;

	private Instant createdAt;

	private Instant updatedAt;

	private String deliveryStatus;

	private Instant deliveryUpdatedAt;

	protected Notification() {
	}

	Notification(String idempotencyKey, OutgoingMessage message, String provider, Instant now) {
		this.idempotencyKey = idempotencyKey;
		this.channel = message.channel();
		this.recipient = message.recipient();
		this.subject = message.subject();
		this.body = message.body();
		this.status = Status.PENDING;
		this.provider = provider;
		this.processInstanceId = message.processInstanceId();
		this.businessKey = message.businessKey();
		this.createdAt = now;
		this.updatedAt = now;
	}

	void attempted(Instant now) {
		this.attempts++;
		this.updatedAt = now;
	}

	void sent(String providerMessageId, Instant now) {
		this.status = Status.SENT;
		this.providerMessageId = providerMessageId;
		this.lastError = null;
		this.updatedAt = now;
	}

	void failed(String error, Instant now) {
		this.lastError = (error != null && error.length() > 1000) ? error.substring(0, 1000) : error;
		this.updatedAt = now;
	}

	/**
	 * A provider's delivery report. Reports arrive out of order; one that is not further
	 * along than the status kept (see {@link DeliveryReports#stage}) changes nothing.
	 * @return whether the status changed
	 */
	boolean delivery(String status, int stage, Instant now) {
		if (this.deliveryStatus != null && DeliveryReports.stage(this.deliveryStatus) >= stage) {
			return false;
		}
		this.deliveryStatus = status;
		this.deliveryUpdatedAt = now;
		return true;
	}

	public String getDeliveryStatus() {
		return this.deliveryStatus;
	}

	public Long getId() {
		return this.id;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getProvider() {
		return this.provider;
	}

	public String getProviderMessageId() {
		return this.providerMessageId;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public String getLastError() {
		return this.lastError;
	}

	public String getBusinessKey() {
		return this.businessKey;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
