package org.eservices.portal.security;

import java.sql.DatabaseMetaData;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The rate limits' store: shared in PostgreSQL, where a cluster may run; in memory on the
 * zero-set-up H2 database, which only one node can open.
 */
@Configuration(proxyBeanMethods = false)
class BucketStores {

	@Bean
	BucketStore bucketStore(DataSource dataSource, Clock clock) throws MetaDataAccessException {
		RateLimitBuckets.ClockTime time = new RateLimitBuckets.ClockTime(clock);
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		return "PostgreSQL".equals(database) ? new SharedBucketStore(dataSource, time, clock)
				: new LocalBucketStore(time);
	}

}
