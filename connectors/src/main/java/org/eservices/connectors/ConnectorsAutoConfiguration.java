package org.eservices.connectors;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The connectors on the classpath are the connectors in the application: their delegates,
 * webhook and sandbox controllers and ledgers (the components of this package and below),
 * their entities and repositories (this package is an auto-configuration package), and
 * their migrations (in {@code db/migration/connectors}). Which provider each one talks
 * to, the connectors' own auto-configurations choose.
 */
@AutoConfiguration(before = { HibernateJpaAutoConfiguration.class, JpaRepositoriesAutoConfiguration.class })
@AutoConfigurationPackage
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM,
		classes = AutoConfigurationExcludeFilter.class))
public class ConnectorsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OutcomeReports outcomeReports() {
		return OutcomeReports.NONE;
	}

}
