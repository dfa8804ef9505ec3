package org.eservices.app.metrics;

import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code eservices_health{component}}: 1 while this node's database connection and job
 * executor are up, 0 when not, so that alerts need no second probe.
 */
@Component
class HealthMetrics implements MeterBinder {

	static final List<String> COMPONENTS = List.of("db", "jobExecutor");

	/** Looked up at each scrape: the health contributors are built after the meters. */
	private final ObjectProvider<HealthContributorRegistry> contributors;

	HealthMetrics(ObjectProvider<HealthContributorRegistry> contributors) {
		this.contributors = contributors;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String component : COMPONENTS) {
			Gauge.builder("eservices.health", () -> up(component))
				.description("1 when the component is up on this node, else 0")
				.tag("component", component)
				.register(registry);
		}
	}

	private double up(String component) {
		HealthContributorRegistry registry = this.contributors.getIfAvailable();
		HealthContributor contributor = (registry != null) ? registry.getContributor(component) : null;
		return (contributor instanceof HealthIndicator indicator && Status.UP.equals(indicator.health().getStatus()))
				? 1 : 0;
	}

}
