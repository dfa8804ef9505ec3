package org.eservices.connectors.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The configured provider of each channel.
 */
public class MessageSenders {

	private final Map<Channel, MessageSender> byChannel = new EnumMap<>(Channel.class);

	public MessageSenders(List<MessageSender> senders) {
		senders.forEach((sender) -> this.byChannel.put(sender.channel(), sender));
	}

	public MessageSender of(Channel channel) {
		MessageSender sender = this.byChannel.get(channel);
		if (sender == null) {
			throw new IllegalStateException("No provider configured for " + channel);
		}
		return sender;
	}

}
