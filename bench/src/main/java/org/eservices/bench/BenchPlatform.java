package org.eservices.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.eservices.app.EservicesApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform as the benchmarks run it: the {@code postgres} profile on an embedded
 * PostgreSQL 17 on 127.0.0.1, a free port, quiet logs.
 */
final class BenchPlatform implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final ConfigurableApplicationContext app;

	private BenchPlatform(EmbeddedPostgres postgres, ConfigurableApplicationContext app) {
		this.postgres = postgres;
		this.app = app;
	}

	/**
	 * @param settings more command-line settings, e.g. {@code --camunda.bpm...=...}
	 */
	static BenchPlatform start(String... settings) throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "200")
			.start();
		SpringApplication application = new SpringApplication(EservicesApplication.class);
		application.setAdditionalProfiles("postgres");
		// command-line arguments outrank the profile's SPRING_DATASOURCE_* placeholders
		List<String> args = new ArrayList<>(List.of(
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres", "--server.port=0",
				"--server.address=127.0.0.1", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
				// the load comes from few users on one address: measure throughput, not
				// the limits
				"--eservices.rate-limits.submissions.capacity=1000000000",
				"--eservices.rate-limits.sign-in.capacity=1000000000"));
		args.addAll(List.of(settings));
		try {
			return new BenchPlatform(postgres, application.run(args.toArray(String[]::new)));
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
	}

	ConfigurableApplicationContext app() {
		return this.app;
	}

	@Override
	public void close() throws IOException {
		this.app.close();
		this.postgres.close();
	}

}
