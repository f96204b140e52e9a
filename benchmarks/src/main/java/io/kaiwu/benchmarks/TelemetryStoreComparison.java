package io.kaiwu.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Chooses the embedded telemetry store by measurement: the same workload on H2 (the
 * embedded relational default) and on DuckDB, side by side in one run. The workload is
 * what the ingestion path does: batches of points committed durably, each point stored
 * once even when it is delivered again (idempotent on series and timestamp), then the
 * queries the UI asks: one series' history aggregated into one-minute buckets, and the
 * latest value of every series of one device.
 * <p>
 * Run:
 * {@code java -cp benchmarks/target/benchmarks.jar io.kaiwu.benchmarks.TelemetryStoreComparison [points] [batch]}
 */
public final class TelemetryStoreComparison {

	private static final int SERIES = 10_000;

	private TelemetryStoreComparison() {
	}

	public static void main(String[] args) throws Exception {
		int points = (args.length > 0) ? Integer.parseInt(args[0]) : 2_000_000;
		int batch = (args.length > 1) ? Integer.parseInt(args[1]) : 10_000;
		Path dir = Files.createTempDirectory("kaiwu-store-bench");
		try {
			System.out.printf(Locale.ROOT,
					"%d points in batches of %d over %d series (1,000 devices x 10 properties)%n", points, batch,
					SERIES);
			run("H2 2.4 (MVStore, WRITE_DELAY=0, MERGE)",
					"jdbc:h2:file:" + dir.resolve("h2/kaiwu") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0",
					Engine.H2, points, batch);
			run("DuckDB 2.0 (WAL, appender + INSERT OR IGNORE)", "jdbc:duckdb:" + dir.resolve("duck.db"), Engine.DUCKDB,
					points, batch);
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	private enum Engine {

		H2, DUCKDB

	}

	private static void run(String name, String url, Engine engine, int points, int batch)
			throws SQLException, IOException {
		try (Connection connection = DriverManager.getConnection(url)) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("""
						CREATE TABLE telemetry_point (
						    series_id BIGINT NOT NULL,
						    ts        BIGINT NOT NULL,
						    num_value DOUBLE PRECISION,
						    quality   SMALLINT NOT NULL,
						    PRIMARY KEY (series_id, ts))""");
			}
			connection.setAutoCommit(false);
			Loader loader = (engine == Engine.H2) ? new H2Loader(connection) : new DuckDbLoader(connection);
			SplittableRandom random = new SplittableRandom(42);
			long t0 = 1_767_225_600_000L;
			long[] series = new long[batch];
			long[] ts = new long[batch];
			double[] values = new double[batch];
			long start = System.nanoTime();
			for (int from = 0; from < points; from += batch) {
				int n = Math.min(batch, points - from);
				for (int j = 0; j < n; j++) {
					int i = from + j;
					series[j] = i % SERIES;
					ts[j] = t0 + (i / SERIES) * 1_000L;
					values[j] = 50 + random.nextGaussian() * 5;
				}
				loader.store(series, ts, values, n);
				connection.commit();
			}
			double insertSeconds = (System.nanoTime() - start) / 1e9;

			long redeliverStart = System.nanoTime();
			for (int j = 0; j < batch; j++) {
				series[j] = j % SERIES;
				ts[j] = t0 + (j / SERIES) * 1_000L;
				values[j] = 0;
			}
			loader.store(series, ts, values, batch);
			connection.commit();
			double redeliverMs = (System.nanoTime() - redeliverStart) / 1e6;
			long stored = single(connection, "SELECT COUNT(*) FROM telemetry_point");

			long aggStart = System.nanoTime();
			long buckets = 0;
			try (PreparedStatement query = connection.prepareStatement("""
					SELECT (ts - ts % 60000) AS bucket, AVG(num_value), MIN(num_value), MAX(num_value), COUNT(*)
					FROM telemetry_point WHERE series_id = ? AND ts >= ? AND ts < ?
					GROUP BY bucket ORDER BY bucket""")) {
				query.setLong(1, 4242);
				query.setLong(2, t0);
				query.setLong(3, t0 + 86_400_000L);
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						buckets++;
					}
				}
			}
			double aggMs = (System.nanoTime() - aggStart) / 1e6;

			long latestStart = System.nanoTime();
			long latestRows = 0;
			try (PreparedStatement query = connection.prepareStatement(
					"""
							SELECT p.series_id, p.num_value FROM telemetry_point p
							WHERE p.series_id BETWEEN ? AND ? AND p.ts = (SELECT MAX(ts) FROM telemetry_point q WHERE q.series_id = p.series_id)""")) {
				query.setLong(1, 100);
				query.setLong(2, 109);
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						latestRows++;
					}
				}
			}
			double latestMs = (System.nanoTime() - latestStart) / 1e6;
			System.out.printf(Locale.ROOT,
					"%-40s insert %,10.0f points/s (%.1f s) | redelivered batch %,7.1f ms, stored %,d of %,d | 1-min buckets of one series %,7.1f ms (%d) | latest of one device %,7.1f ms (%d)%n",
					name, points / insertSeconds, insertSeconds, redeliverMs, stored, points, aggMs, buckets, latestMs,
					latestRows);
		}
	}

	/**
	 * Stores one batch idempotently (a point already stored for its series and time
	 * stays).
	 */
	private interface Loader {

		void store(long[] series, long[] ts, double[] values, int n) throws SQLException;

	}

	/** H2: a JDBC batch of MERGE ... KEY statements. */
	private static final class H2Loader implements Loader {

		private final PreparedStatement merge;

		H2Loader(Connection connection) throws SQLException {
			this.merge = connection.prepareStatement(
					"MERGE INTO telemetry_point (series_id, ts, num_value, quality) KEY (series_id, ts) VALUES (?, ?, ?, 0)");
		}

		@Override
		public void store(long[] series, long[] ts, double[] values, int n) throws SQLException {
			for (int j = 0; j < n; j++) {
				this.merge.setLong(1, series[j]);
				this.merge.setLong(2, ts[j]);
				this.merge.setDouble(3, values[j]);
				this.merge.addBatch();
			}
			this.merge.executeBatch();
		}

	}

	/**
	 * DuckDB's fast path: its appender fills a staging table, then one INSERT OR IGNORE
	 * moves the batch (a JDBC batch of single-row inserts runs a statement per row and is
	 * far slower).
	 */
	private static final class DuckDbLoader implements Loader {

		private final org.duckdb.DuckDBConnection connection;

		DuckDbLoader(Connection connection) throws SQLException {
			this.connection = connection.unwrap(org.duckdb.DuckDBConnection.class);
			try (Statement ddl = connection.createStatement()) {
				ddl.execute(
						"CREATE TEMP TABLE staging (series_id BIGINT, ts BIGINT, num_value DOUBLE, quality SMALLINT)");
			}
		}

		@Override
		public void store(long[] series, long[] ts, double[] values, int n) throws SQLException {
			try (org.duckdb.DuckDBAppender appender = this.connection.createAppender("temp", "main", "staging")) {
				for (int j = 0; j < n; j++) {
					appender.beginRow().append(series[j]).append(ts[j]).append(values[j]).append((short) 0).endRow();
				}
			}
			try (Statement move = this.connection.createStatement()) {
				move.execute("INSERT OR IGNORE INTO telemetry_point SELECT * FROM staging");
				move.execute("DELETE FROM staging");
			}
		}

	}

	private static long single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
