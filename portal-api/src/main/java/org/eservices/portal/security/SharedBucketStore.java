package org.eservices.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Buckets in PostgreSQL (Bucket4j's store, table {@code rate_limit_bucket}), shared by
 * every node: each take locks its row for the moment of the update. A bucket full again
 * is no longer needed; such rows are deleted now and then, by whichever node comes by.
 */
final class SharedBucketStore implements BucketStore {

	private static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(1);

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AtomicReference<Instant> nextCleanUp;

	SharedBucketStore(DataSource dataSource, TimeMeter time, Clock clock) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(time)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
		this.jdbc = new JdbcTemplate(dataSource);
		this.clock = clock;
		this.nextCleanUp = new AtomicReference<>(clock.instant().plus(CLEAN_UP_EVERY));
	}

	/**
	 * Kept under a hash of the key: the table holds no client address and no user name,
	 * nothing for an erasure to find.
	 */
	@Override
	public Bucket bucket(String key, BucketConfiguration configuration) {
		cleanUpIfDue();
		return this.buckets.getProxy(hashed(key), () -> configuration);
	}

	/** The row, if any: without Bucket4j's lock, which would make one to lock it. */
	@Override
	public boolean inUse(String key) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from rate_limit_bucket where id = ?)", Boolean.class, hashed(key)));
	}

	private static String hashed(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	private void cleanUpIfDue() {
		Instant now = this.clock.instant();
		Instant due = this.nextCleanUp.get();
		if (now.isAfter(due) && this.nextCleanUp.compareAndSet(due, now.plus(CLEAN_UP_EVERY))) {
			this.buckets.removeExpired(1_000);
		}
	}

}
