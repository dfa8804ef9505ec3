package org.eservices.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/**
 * The engine's state as Prometheus gauges, read through its public API at each scrape:
 * the same figures on every node of a cluster (they describe the shared database), so
 * dashboards take their {@code max}.
 */
@Component
class EngineMetrics implements MeterBinder {

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	EngineMetrics(RuntimeService runtimeService, ManagementService managementService) {
		this.runtimeService = runtimeService;
		this.managementService = managementService;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge
			.builder("eservices.engine.incidents", this.runtimeService,
					(runtime) -> runtime.createIncidentQuery().count())
			.description("Open incidents (Cockpit): jobs that failed every try")
			.register(registry);
		Gauge
			.builder("eservices.engine.jobs.failed", this.managementService,
					(management) -> management.createJobQuery().noRetriesLeft().count())
			.description("Jobs with no retries left")
			.register(registry);
		Gauge
			.builder("eservices.engine.jobs.due", this.managementService,
					(management) -> management.createJobQuery().executable().count())
			.description("Jobs due and not yet done: the job executor's backlog")
			.register(registry);
		Gauge
			.builder("eservices.engine.instances.running", this.runtimeService,
					(runtime) -> runtime.createProcessInstanceQuery().active().count())
			.description("Running process instances: open cases")
			.register(registry);
	}

}
