package org.eservices.connectors.notification;

/**
 * Port to a provider that delivers messages of one channel (SendGrid, Twilio, or the
 * sandbox outbox).
 */
public interface MessageSender {

	Channel channel();

	/** Short provider name, stored with each message. */
	String provider();

	/**
	 * @return the provider's id for the accepted message
	 * @throws ProviderException when the provider refuses or cannot be reached
	 */
	String send(OutgoingMessage message);

}
