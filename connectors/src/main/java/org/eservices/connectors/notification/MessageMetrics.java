package org.eservices.connectors.notification;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.eservices.connectors.metrics.AfterCommit;

import org.springframework.stereotype.Component;

/**
 * {@code eservices_messages_total{channel,outcome}}: messages handed to their provider
 * (sent) or refused by it (failed, each try); {@code eservices_message_deliveries_total
 * {provider,status}}: the providers' delivery reports.
 */
@Component
public class MessageMetrics {

	/** As the delivery reports name them (see DeliveryReports). */
	private static final List<String> PROVIDERS = List.of("sendgrid", "twilio");

	/** The outcomes a message ends with, in both providers' words. */
	private static final List<String> FINAL_STATUSES = List.of("delivered", "undelivered", "failed", "bounce",
			"dropped");

	private final MeterRegistry registry;

	public MessageMetrics(MeterRegistry registry) {
		this.registry = registry;
		// every series from the start at 0, so that rates and alerts see the first one
		for (Channel channel : Channel.values()) {
			counter(channel, "sent");
			counter(channel, "failed");
		}
		for (String provider : PROVIDERS) {
			for (String status : FINAL_STATUSES) {
				deliveries(provider, status);
			}
		}
	}

	void sent(Channel channel) {
		outcome(channel, "sent");
	}

	void failed(Channel channel) {
		outcome(channel, "failed");
	}

	void delivery(String provider, String status) {
		AfterCommit.run(deliveries(provider, status)::increment);
	}

	private void outcome(Channel channel, String outcome) {
		counter(channel, outcome).increment();
	}

	private Counter counter(Channel channel, String outcome) {
		return Counter.builder("eservices.messages")
			.description("Messages sent or refused by their provider")
			.tag("channel", channel.name().toLowerCase())
			.tag("outcome", outcome)
			.register(this.registry);
	}

	private Counter deliveries(String provider, String status) {
		return Counter.builder("eservices.message.deliveries")
			.description("Delivery reports from the providers")
			.tag("provider", provider)
			.tag("status", status)
			.register(this.registry);
	}

}
