package org.eservices.app.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the integration tests: real time until a test stops it, so
 * that what refills or expires with time (rate limits) moves only when the test says.
 * Time never runs backwards: resuming jumps to real time plus what the test added.
 */
public final class TestClock extends Clock {

	private Duration offset = Duration.ZERO;

	private Instant stoppedAt;

	@Override
	public synchronized Instant instant() {
		return (this.stoppedAt != null) ? this.stoppedAt : Instant.now().plus(this.offset);
	}

	/** Time stands still until {@link #resume()}, but for {@link #advance}. */
	public synchronized void stop() {
		this.stoppedAt = instant();
	}

	public synchronized void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
		if (this.stoppedAt != null) {
			this.stoppedAt = this.stoppedAt.plus(duration);
		}
	}

	public synchronized void resume() {
		this.stoppedAt = null;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the application's clock is UTC");
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
