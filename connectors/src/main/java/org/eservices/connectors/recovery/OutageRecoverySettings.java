package org.eservices.connectors.recovery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cycle ISO 8601 repeating interval of the recovery's timer, e.g. {@code R/PT5M}
 * @param retryFor how long after its incident a job failed by an outage is still tried
 * again; an outage longer than that needs an admin (Cockpit's "Retry")
 * @param batch jobs tried again per run at most, the longest waiting first: a provider
 * still down gets this many calls per run, not the whole backlog
 */
@ConfigurationProperties("eservices.connectors.outage-recovery")
public record OutageRecoverySettings(@DefaultValue("R/PT5M") String cycle, @DefaultValue("1d") Duration retryFor,
		@DefaultValue("200") int batch) {

}
