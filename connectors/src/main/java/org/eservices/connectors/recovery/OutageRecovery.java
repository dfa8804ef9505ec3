package org.eservices.connectors.recovery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.eservices.connectors.ProviderUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * After a provider's outage, the connector jobs it failed go on by themselves. A job's
 * own retries (the engine's retry cycle, minutes apart) end in an incident, so an outage
 * shows in Cockpit while it lasts; this gives each job whose last failure was the
 * provider being unavailable ({@link ProviderUnavailableException}) one more try, run
 * after run, until it gets through or {@link OutageRecoverySettings#retryFor()} has
 * passed. Incidents of any other cause stay for an admin. A message or charge tried again
 * is not sent twice: the connectors send once per job (their idempotency keys).
 */
@Service
public class OutageRecovery {

	/** How the job's stack trace names the cause, at its start or after "Caused by: ". */
	private static final String OUTAGE = ProviderUnavailableException.class.getName() + ":";

	private static final int PAGE = 500;

	private static final Logger log = LoggerFactory.getLogger(OutageRecovery.class);

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	private final OutageRecoverySettings settings;

	private final Clock clock;

	public OutageRecovery(RuntimeService runtimeService, ManagementService managementService,
			OutageRecoverySettings settings, Clock clock) {
		this.runtimeService = runtimeService;
		this.managementService = managementService;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return how many jobs were given another try
	 */
	public int retryJobsFailedByOutages() {
		List<String> jobs = jobsFailedByOutages();
		if (!jobs.isEmpty()) {
			this.managementService.setJobRetries(jobs, 1);
			log.info("{} connector jobs failed by a provider's outage tried again", jobs.size());
		}
		return jobs.size();
	}

	private List<String> jobsFailedByOutages() {
		Date since = Date.from(this.clock.instant().minus(this.settings.retryFor()));
		List<String> jobs = new ArrayList<>();
		for (int first = 0;; first += PAGE) {
			List<Incident> incidents = this.runtimeService.createIncidentQuery()
				.incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
				.incidentTimestampAfter(since)
				.orderByIncidentTimestamp()
				.asc()
				.listPage(first, PAGE);
			for (Incident incident : incidents) {
				if (isOutage(incident.getConfiguration())) {
					jobs.add(incident.getConfiguration());
					if (jobs.size() == this.settings.batch()) {
						return jobs;
					}
				}
			}
			if (incidents.size() < PAGE) {
				return jobs;
			}
		}
	}

	private boolean isOutage(String jobId) {
		String trace = this.managementService.getJobExceptionStacktrace(jobId);
		return trace != null && trace.contains(OUTAGE);
	}

}
