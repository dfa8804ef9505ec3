package org.eservices.portal.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionSettings.class)
class RetentionConfig {

	/** For bpmn/data-retention.bpmn's timer: {@code ${retentionSchedule.cycle()}}. */
	@Bean
	RetentionSchedule retentionSchedule(RetentionSettings settings) {
		return new RetentionSchedule(settings.cycle());
	}

}
