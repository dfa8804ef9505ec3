package org.eservices.portal;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The portal API on the classpath is the portal API in the application: its controllers,
 * services, security and engine hooks (the components of this package and below), its
 * entities and repositories (this package is an auto-configuration package), and its
 * migrations (in {@code db/migration/portal}). An application only adds the module.
 */
@AutoConfiguration(before = { HibernateJpaAutoConfiguration.class, JpaRepositoriesAutoConfiguration.class })
@AutoConfigurationPackage
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM,
		classes = AutoConfigurationExcludeFilter.class))
public class PortalApiAutoConfiguration {

}
