package org.eservices.connectors.notification;

/**
 * A rendered message, ready for a provider.
 *
 * @param subject email subject; {@code null} for SMS
 */
public record OutgoingMessage(Channel channel, String recipient, String subject, String body, String processInstanceId,
		String businessKey) {

}
