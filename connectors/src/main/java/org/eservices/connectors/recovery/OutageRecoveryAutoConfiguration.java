package org.eservices.connectors.recovery;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Connector jobs failed by a provider's outage are tried again: {@link OutageRecovery}.
 */
@AutoConfiguration
@EnableConfigurationProperties(OutageRecoverySettings.class)
public class OutageRecoveryAutoConfiguration {

	/**
	 * Named for bpmn/outage-recovery.bpmn's timer:
	 * {@code ${outageRecoverySchedule.cycle()}}.
	 */
	@Bean
	Schedule outageRecoverySchedule(OutageRecoverySettings settings) {
		return new Schedule(settings.cycle());
	}

	/**
	 * @param cycle ISO 8601 repeating interval, e.g. {@code R/PT5M}
	 */
	public record Schedule(String cycle) {

	}

}
