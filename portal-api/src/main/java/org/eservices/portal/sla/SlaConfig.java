package org.eservices.portal.sla;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SlaConfig {

	/**
	 * @param cycle how often the watch runs ({@code eservices.sla.watch-cycle}, ISO 8601
	 * repeating interval)
	 */
	@Bean
	SlaWatch.Schedule slaSchedule(@Value("${eservices.sla.watch-cycle:R/PT15M}") String cycle) {
		return new SlaWatch.Schedule(cycle);
	}

}
