package org.eservices.connectors.sandbox;

import java.util.UUID;

import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.MessageSender;
import org.eservices.connectors.notification.OutgoingMessage;

/**
 * The zero-set-up provider: accepts every message without sending it. The notification
 * log is the outbox; the dev mailbox shows it.
 */
public class SandboxSender implements MessageSender {

	public static final String PROVIDER = "sandbox";

	private final Channel channel;

	public SandboxSender(Channel channel) {
		this.channel = channel;
	}

	@Override
	public Channel channel() {
		return this.channel;
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public String send(OutgoingMessage message) {
		return PROVIDER + "-" + UUID.randomUUID();
	}

}
