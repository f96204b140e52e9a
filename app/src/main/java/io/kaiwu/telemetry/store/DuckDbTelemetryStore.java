package io.kaiwu.telemetry.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;
import io.kaiwu.telemetry.aggregation.Sample;
import org.duckdb.DuckDBConnection;

/**
 * The embedded telemetry store: one DuckDB file. Each series (one property of one device)
 * gets a number in {@code telemetry_series}; {@code telemetry_value} holds (series, time,
 * value, quality) and has no index: a primary key's index would be checked and grown on
 * every insert and kept whole in memory. Idempotence comes from each series' newest time
 * stored instead ({@link SeriesCatalog}, {@link WriterLane}).
 * <p>
 * Appends run in {@link #writers()} lanes side by side, each on its own connection, a
 * device always in the same lane; reads have a connection of their own and see what was
 * committed. Times are epoch microseconds (docs/benchmarks.md has the figures behind
 * these choices). DuckDB has no Flyway support, so this store creates and versions its
 * own tables; version 1 (one wide table keyed by device, property and time) is converted
 * on open.
 */
public class DuckDbTelemetryStore implements TelemetryStore, AutoCloseable {

	static final int SCHEMA_VERSION = 2;

	/** Reads, schema changes and retention (guarded by {@link #lock}). */
	private final DuckDBConnection connection;

	private final ReentrantLock lock = new ReentrantLock();

	private final List<WriterLane> lanes = new ArrayList<>();

	private final AtomicLong lastSeriesId = new AtomicLong();

	/**
	 * Opens (or creates) the store with one writer.
	 * @param url for example {@code jdbc:duckdb:./data/telemetry.duckdb}, or
	 * {@code jdbc:duckdb:} for an in-memory store.
	 */
	public DuckDbTelemetryStore(String url) {
		this(url, 1);
	}

	/**
	 * Opens (or creates) the store.
	 * @param url for example {@code jdbc:duckdb:./data/telemetry.duckdb}.
	 * @param writers appends that may run side by side (one connection each).
	 */
	public DuckDbTelemetryStore(String url, int writers) {
		if (writers < 1) {
			throw new IllegalArgumentException("A telemetry store needs at least one writer, not " + writers);
		}
		try {
			this.connection = DriverManager.getConnection(url).unwrap(DuckDBConnection.class);
			try (Statement ddl = this.connection.createStatement()) {
				ddl.execute("CREATE TABLE IF NOT EXISTS telemetry_schema (version INTEGER NOT NULL)");
				ddl.execute("""
						CREATE TABLE IF NOT EXISTS telemetry_series (
						    series_id BIGINT  NOT NULL,
						    tenant_id UUID    NOT NULL,
						    device_id UUID    NOT NULL,
						    property  VARCHAR NOT NULL)""");
				ddl.execute("""
						CREATE TABLE IF NOT EXISTS telemetry_value (
						    series_id  BIGINT   NOT NULL,
						    ts_us      BIGINT   NOT NULL,
						    num_value  DOUBLE,
						    text_value VARCHAR,
						    quality    UTINYINT NOT NULL)""");
				int version = version(ddl);
				if (version == 0) {
					ddl.execute("INSERT INTO telemetry_schema VALUES (" + SCHEMA_VERSION + ")");
				}
				else if (version == 1) {
					convertFromVersion1(ddl);
				}
				else if (version > SCHEMA_VERSION) {
					throw new IllegalStateException("The telemetry store " + url + " has schema version " + version
							+ ", newer than this Kaiwu understands (" + SCHEMA_VERSION + "): run a newer Kaiwu");
				}
				for (int i = 0; i < writers; i++) {
					this.lanes.add(new WriterLane(this.connection.duplicate().unwrap(DuckDBConnection.class),
							this.lastSeriesId::incrementAndGet));
				}
				loadSeries(ddl);
			}
			this.connection.setAutoCommit(false);
			this.connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot open the telemetry store " + url + ": " + ex.getMessage(), ex);
		}
	}

	private static int version(Statement ddl) throws SQLException {
		try (ResultSet rs = ddl.executeQuery("SELECT MAX(version) FROM telemetry_schema")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** Version 1 kept every value with its tenant, device and property in one table. */
	private static void convertFromVersion1(Statement ddl) throws SQLException {
		ddl.execute("BEGIN TRANSACTION");
		ddl.execute("""
				INSERT INTO telemetry_series
				SELECT row_number() OVER (ORDER BY tenant_id, device_id, property), tenant_id, device_id, property
				FROM (SELECT DISTINCT tenant_id, device_id, property FROM telemetry_point)""");
		ddl.execute("""
				INSERT INTO telemetry_value
				SELECT s.series_id, p.ts_us, p.num_value, p.text_value, p.quality
				FROM telemetry_point p JOIN telemetry_series s USING (tenant_id, device_id, property)
				ORDER BY p.ts_us""");
		ddl.execute("DROP TABLE telemetry_point");
		ddl.execute("UPDATE telemetry_schema SET version = " + SCHEMA_VERSION);
		ddl.execute("COMMIT");
	}

	/**
	 * Every series with the newest time it holds, to its lane: one scan of the values.
	 */
	private void loadSeries(Statement ddl) throws SQLException {
		try (ResultSet rs = ddl.executeQuery("""
				SELECT s.series_id, s.tenant_id, s.device_id, s.property, v.newest
				FROM telemetry_series s
				LEFT JOIN (SELECT series_id, MAX(ts_us) AS newest FROM telemetry_value GROUP BY series_id) v
				  USING (series_id)""")) {
			while (rs.next()) {
				long id = rs.getLong(1);
				long newest = rs.getLong(5);
				UUID device = rs.getObject(3, UUID.class);
				laneOf(device).load(id, TenantId.of(rs.getObject(2, UUID.class)), device, rs.getString(4),
						rs.wasNull() ? null : newest);
				this.lastSeriesId.accumulateAndGet(id, Math::max);
			}
		}
	}

	@Override
	public int writers() {
		return this.lanes.size();
	}

	@Override
	public int writerOf(UUID device) {
		return Math.floorMod(device.hashCode(), this.lanes.size());
	}

	private WriterLane laneOf(UUID device) {
		return this.lanes.get(writerOf(device));
	}

	/**
	 * Stores a batch; a batch of one writer's devices (as {@link #writerOf} routes them)
	 * in one transaction, a mixed one in one transaction per writer.
	 */
	@Override
	public int append(List<Measurement> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		int first = writerOf(batch.get(0).device());
		boolean oneWriter = true;
		for (Measurement m : batch) {
			if (writerOf(m.device()) != first) {
				oneWriter = false;
				break;
			}
		}
		if (oneWriter) {
			return this.lanes.get(first).append(batch);
		}
		List<List<Measurement>> perWriter = new ArrayList<>();
		for (int i = 0; i < this.lanes.size(); i++) {
			perWriter.add(new ArrayList<>());
		}
		for (Measurement m : batch) {
			perWriter.get(writerOf(m.device())).add(m);
		}
		int stored = 0;
		for (int i = 0; i < this.lanes.size(); i++) {
			if (!perWriter.get(i).isEmpty()) {
				stored += this.lanes.get(i).append(perWriter.get(i));
			}
		}
		return stored;
	}

	/** The series of one property of a tenant's device, if anything was ever stored. */
	private Optional<Long> seriesId(TenantId tenant, UUID device, String property) {
		return laneOf(device).seriesId(tenant, device, property);
	}

	@Override
	public List<Measurement> latest(TenantId tenant, UUID device) {
		this.lock.lock();
		try (PreparedStatement statement = this.connection.prepareStatement("""
				SELECT s.property, v.ts_us, v.num_value, v.text_value, v.quality
				FROM telemetry_series s JOIN telemetry_value v USING (series_id)
				WHERE s.tenant_id = ? AND s.device_id = ?
				QUALIFY row_number() OVER (PARTITION BY v.series_id ORDER BY v.ts_us DESC) = 1
				ORDER BY s.property""")) {
			bind(statement, tenant.value(), device);
			List<Measurement> rows = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.add(measurement(tenant, device, rs.getString(1), rs));
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Reading measurements failed: " + ex.getMessage(), ex);
		}
		finally {
			endRead();
		}
	}

	@Override
	public List<Measurement> history(TenantId tenant, UUID device, String property, Instant from, Instant to,
			long offset, int limit) {
		this.lock.lock();
		try {
			Optional<Long> id = seriesId(tenant, device, property);
			if (id.isEmpty()) {
				return List.of();
			}
			try (PreparedStatement statement = this.connection.prepareStatement("""
					SELECT ts_us, num_value, text_value, quality FROM telemetry_value
					WHERE series_id = ? AND ts_us >= ? AND ts_us < ?
					ORDER BY ts_us LIMIT ? OFFSET ?""")) {
				bind(statement, id.get(), micros(from), micros(to), limit, offset);
				List<Measurement> rows = new ArrayList<>();
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						rows.add(measurement(tenant, device, property, rs));
					}
				}
				return rows;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Reading measurements failed: " + ex.getMessage(), ex);
		}
		finally {
			endRead();
		}
	}

	@Override
	public long count(TenantId tenant, UUID device, String property, Instant from, Instant to) {
		this.lock.lock();
		try {
			Optional<Long> id = seriesId(tenant, device, property);
			if (id.isEmpty()) {
				return 0;
			}
			return countOf("SELECT COUNT(*) FROM telemetry_value WHERE series_id = ? AND ts_us >= ? AND ts_us < ?",
					id.get(), micros(from), micros(to));
		}
		finally {
			endRead();
		}
	}

	@Override
	public long countAll(TenantId tenant, Instant from, Instant to) {
		this.lock.lock();
		try {
			return countOf("""
					SELECT COUNT(*) FROM telemetry_value
					WHERE ts_us >= ? AND ts_us < ?
					  AND series_id IN (SELECT series_id FROM telemetry_series WHERE tenant_id = ?)""", micros(from),
					micros(to), tenant.value());
		}
		finally {
			endRead();
		}
	}

	private long countOf(String sql, Object... params) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			bind(statement, params);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Counting measurements failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public List<Sample> numbers(TenantId tenant, UUID device, String property, Instant from, Instant to) {
		this.lock.lock();
		try {
			Optional<Long> id = seriesId(tenant, device, property);
			if (id.isEmpty()) {
				return List.of();
			}
			try (PreparedStatement statement = this.connection.prepareStatement("""
					SELECT ts_us, num_value FROM telemetry_value
					WHERE series_id = ? AND ts_us >= ? AND ts_us < ? AND num_value IS NOT NULL
					ORDER BY ts_us""")) {
				bind(statement, id.get(), micros(from), micros(to));
				List<Sample> samples = new ArrayList<>();
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						samples.add(new Sample(instant(rs.getLong(1)), rs.getDouble(2)));
					}
				}
				return samples;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Reading measurements failed: " + ex.getMessage(), ex);
		}
		finally {
			endRead();
		}
	}

	@Override
	public long deleteBefore(TenantId tenant, Instant cutoff) {
		this.lock.lock();
		try (PreparedStatement statement = this.connection.prepareStatement("""
				DELETE FROM telemetry_value
				WHERE ts_us < ? AND series_id IN (SELECT series_id FROM telemetry_series WHERE tenant_id = ?)""")) {
			bind(statement, micros(cutoff), tenant.value());
			long deleted = statement.executeUpdate();
			this.connection.commit();
			return deleted;
		}
		catch (SQLException ex) {
			rollback();
			throw new IllegalStateException("Deleting old measurements failed: " + ex.getMessage(), ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void close() {
		try {
			for (WriterLane lane : this.lanes) {
				lane.close();
			}
			this.connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A row of {@code ts_us, num_value, text_value, quality} from column 2 on. */
	private static Measurement measurement(TenantId tenant, UUID device, String property, ResultSet rs)
			throws SQLException {
		int first = rs.getMetaData().getColumnCount() - 3;
		double number = rs.getDouble(first + 1);
		Double value = rs.wasNull() ? null : number;
		return new Measurement(tenant, device, property, instant(rs.getLong(first)), value, rs.getString(first + 2),
				Quality.values()[rs.getInt(first + 3)]);
	}

	/** Ends the read transaction so that the next write sees a fresh snapshot. */
	private void endRead() {
		try {
			this.connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			this.lock.unlock();
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

	private static void bind(PreparedStatement statement, Object... params) throws SQLException {
		for (int i = 0; i < params.length; i++) {
			statement.setObject(i + 1, params[i]);
		}
	}

	static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	static Instant instant(long micros) {
		return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
	}

}
