package io.kaiwu.telemetry.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * One writer of the embedded store: its own DuckDB connection and the series of the
 * devices routed to it. Devices are spread over the lanes by their id, so a series is
 * only ever written by one lane and the lanes append side by side without ever seeing
 * each other's uncommitted values.
 * <p>
 * A value newer than the newest stored of its series goes straight in through DuckDB's
 * appender; the others (late, backfilled, redelivered) go through a staging table and are
 * inserted only where no value of that series and time exists. All of a batch in one
 * transaction.
 */
final class WriterLane implements AutoCloseable {

	private final DuckDBConnection connection;

	private final ReentrantLock lock = new ReentrantLock();

	private final SeriesCatalog catalog;

	WriterLane(DuckDBConnection connection, LongSupplier newSeriesId) throws SQLException {
		this.connection = connection;
		this.catalog = new SeriesCatalog(newSeriesId);
		try (Statement ddl = connection.createStatement()) {
			// temporary tables belong to one connection
			ddl.execute("""
					CREATE TEMP TABLE telemetry_staging (
					    series_id BIGINT, ts_us BIGINT, num_value DOUBLE, text_value VARCHAR, quality UTINYINT)""");
		}
		connection.setAutoCommit(false);
	}

	/** Adds a series read from the store on open. */
	void load(long id, TenantId tenant, UUID device, String property, @Nullable Long newest) {
		this.catalog.load(id, tenant, device, property, newest);
	}

	/** The number of one property's series, if anything was ever stored. */
	Optional<Long> seriesId(TenantId tenant, UUID device, String property) {
		this.lock.lock();
		try {
			return this.catalog.find(tenant, device, property).map((series) -> series.id);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Stores a batch in one transaction.
	 * @return how many measurements were new.
	 */
	int append(List<Measurement> batch) {
		this.lock.lock();
		try {
			this.catalog.begin();
			int late = 0;
			long lateFrom = Long.MAX_VALUE;
			long lateTo = Long.MIN_VALUE;
			try (DuckDBAppender newest = this.connection.createAppender("main", "telemetry_value");
					DuckDBAppender staging = this.connection.createAppender("temp", "main", "telemetry_staging")) {
				for (Measurement m : batch) {
					SeriesCatalog.Series series = this.catalog.seriesOf(m.tenant(), m.device(), m.property());
					long ts = DuckDbTelemetryStore.micros(m.ts());
					if (this.catalog.takeIfNewest(series, ts)) {
						row(newest, series.id, ts, m);
					}
					else {
						row(staging, series.id, ts, m);
						late++;
						lateFrom = Math.min(lateFrom, ts);
						lateTo = Math.max(lateTo, ts);
					}
				}
			}
			int stored = batch.size() - late;
			if (late > 0) {
				stored += insertLate(lateFrom, lateTo);
			}
			writeCreatedSeries();
			this.connection.commit();
			this.catalog.commit();
			return stored;
		}
		catch (SQLException | RuntimeException ex) {
			rollback();
			this.catalog.rollback();
			throw new IllegalStateException("Storing " + batch.size() + " measurements failed: " + ex.getMessage(), ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	private static void row(DuckDBAppender appender, long series, long ts, Measurement m) throws SQLException {
		appender.beginRow().append(series).append(ts);
		if (m.number() != null) {
			appender.append(m.number().doubleValue());
		}
		else {
			appender.appendNull();
		}
		if (m.text() != null) {
			appender.append(m.text());
		}
		else {
			appender.appendNull();
		}
		appender.append((byte) m.quality().ordinal()).endRow();
	}

	/**
	 * Inserts the staged values that are not stored yet (the first of several with the
	 * same series and time); the time range lets DuckDB skip row groups outside it.
	 */
	private int insertLate(long from, long to) throws SQLException {
		try (PreparedStatement insert = this.connection.prepareStatement("""
				INSERT INTO telemetry_value
				SELECT DISTINCT ON (series_id, ts_us) series_id, ts_us, num_value, text_value, quality
				FROM telemetry_staging s
				WHERE NOT EXISTS (SELECT 1 FROM telemetry_value v
				                  WHERE v.ts_us BETWEEN ? AND ? AND v.series_id = s.series_id AND v.ts_us = s.ts_us)
				ORDER BY series_id, ts_us, s.rowid"""); Statement clear = this.connection.createStatement()) {
			insert.setLong(1, from);
			insert.setLong(2, to);
			int inserted = insert.executeUpdate();
			clear.execute("DELETE FROM telemetry_staging");
			return inserted;
		}
	}

	private void writeCreatedSeries() throws SQLException {
		if (this.catalog.created().isEmpty()) {
			return;
		}
		try (DuckDBAppender appender = this.connection.createAppender("main", "telemetry_series")) {
			for (SeriesCatalog.Created created : this.catalog.created()) {
				appender.beginRow()
					.append(created.series().id)
					.append(created.tenant().value())
					.append(created.device())
					.append(created.property())
					.endRow();
			}
		}
	}

	private void rollback() {
		try {
			this.connection.rollback();
		}
		catch (SQLException ignored) {
			// the original failure is what the caller needs to see
		}
	}

	@Override
	public void close() throws SQLException {
		this.lock.lock();
		try {
			this.connection.close();
		}
		finally {
			this.lock.unlock();
		}
	}

}
