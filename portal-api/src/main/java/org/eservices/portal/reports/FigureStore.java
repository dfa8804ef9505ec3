package org.eservices.portal.reports;

import java.sql.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import org.eservices.portal.jdbc.DatabaseProduct;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds to the report counters ({@code report_figure}) in the transaction of what they
 * count, so a rolled-back step (a job that is retried) is not counted, and a committed
 * one exactly once. A transaction's additions are gathered and written just before it
 * commits, in one order for all: a counter's row is locked only for the commit, and two
 * transactions adding to the same rows never deadlock. Each counter is spread over
 * {@link #SLOTS} rows.
 */
@Component
class FigureStore {

	/**
	 * The rows one counter is spread over. A transaction adds to one of them, drawn at
	 * random, so those counting the same thing at the same moment seldom wait for each
	 * other's commit (readers sum them).
	 */
	static final int SLOTS = 16;

	private static final String UPDATE = "update report_figure set figure_count = figure_count + ?, amount = amount + ?"
			+ " where figure_day = ? and service_key = ? and measure = ? and dimension = ? and slot = ?";

	private static final String INSERT = "insert into report_figure"
			+ " (figure_count, amount, figure_day, service_key, measure, dimension, slot) values (?, ?, ?, ?, ?, ?, ?)";

	private static final String UPSERT = INSERT + " on conflict (figure_day, service_key, measure, dimension, slot)"
			+ " do update set figure_count = report_figure.figure_count + excluded.figure_count,"
			+ " amount = report_figure.amount + excluded.amount";

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	FigureStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postgres = DatabaseProduct.isPostgres(jdbc);
	}

	void add(Figure figure, long count, long amount) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			write(figure, new long[] { count, amount }, slot());
			return;
		}
		Pending pending = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter((synchronization) -> synchronization instanceof Pending mine && mine.store == this)
			.map(Pending.class::cast)
			.findFirst()
			.orElseGet(() -> {
				Pending created = new Pending(this);
				TransactionSynchronizationManager.registerSynchronization(created);
				return created;
			});
		pending.add(figure, count, amount);
	}

	private static int slot() {
		return ThreadLocalRandom.current().nextInt(SLOTS);
	}

	private void write(Figure figure, long[] change, int slot) {
		Object[] arguments = { change[0], change[1], Date.valueOf(figure.day()), figure.service(), figure.measure(),
				figure.dimension(), slot };
		if (this.postgres) {
			this.jdbc.update(UPSERT, arguments);
			return;
		}
		// H2: a failed statement leaves the transaction usable, so update, else insert,
		// else (another transaction inserted it meanwhile) update
		if (this.jdbc.update(UPDATE, arguments) > 0) {
			return;
		}
		try {
			this.jdbc.update(INSERT, arguments);
		}
		catch (DuplicateKeyException ex) {
			this.jdbc.update(UPDATE, arguments);
		}
	}

	/** One transaction's additions, written before it commits. */
	private static final class Pending implements TransactionSynchronization {

		private final FigureStore store;

		private final Map<Figure, long[]> changes = new TreeMap<>(Figure.WRITE_ORDER);

		Pending(FigureStore store) {
			this.store = store;
		}

		void add(Figure figure, long count, long amount) {
			long[] change = this.changes.computeIfAbsent(figure, (key) -> new long[2]);
			change[0] += count;
			change[1] += amount;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			int slot = slot();
			this.changes.forEach((figure, change) -> this.store.write(figure, change, slot));
		}

	}

}
