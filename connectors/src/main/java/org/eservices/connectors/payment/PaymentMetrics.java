package org.eservices.connectors.payment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.eservices.connectors.metrics.AfterCommit;

import org.springframework.stereotype.Component;

/**
 * {@code eservices_payments_total{outcome}}: payments that became paid, failed (failed,
 * expired or closed) or refunded, on this node since it started.
 */
@Component
public class PaymentMetrics {

	private final MeterRegistry registry;

	public PaymentMetrics(MeterRegistry registry) {
		this.registry = registry;
		// every series from the start at 0, so that rates and alerts see the first one
		for (PaymentStatus status : PaymentStatus.values()) {
			if (status != PaymentStatus.PENDING) {
				counter(status);
			}
		}
	}

	void became(PaymentStatus status) {
		AfterCommit.run(counter(status)::increment);
	}

	private Counter counter(PaymentStatus status) {
		return Counter.builder("eservices.payments")
			.description("Payments that reached an outcome")
			.tag("outcome", status.name().toLowerCase())
			.register(this.registry);
	}

}
