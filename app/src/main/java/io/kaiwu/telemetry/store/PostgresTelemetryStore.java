package io.kaiwu.telemetry.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;
import io.kaiwu.telemetry.aggregation.Sample;

/**
 * Telemetry in PostgreSQL: the monthly-partitioned table of Flyway migration V30 (in
 * {@code db/vendor/postgresql}). A batch is one transaction of
 * {@code INSERT ... ON CONFLICT DO NOTHING}; the month partitions it needs are created
 * first, once per month and process.
 */
public class PostgresTelemetryStore implements TelemetryStore {

	private static final String INSERT = """
			INSERT INTO telemetry_point (tenant_id, device_id, property, ts, num_value, text_value, quality)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

	private final DataSource dataSource;

	private final Set<YearMonth> partitions = ConcurrentHashMap.newKeySet();

	public PostgresTelemetryStore(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public int append(List<Measurement> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		createPartitions(batch);
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				for (Measurement m : batch) {
					insert.setObject(1, m.tenant().value());
					insert.setObject(2, m.device());
					insert.setString(3, m.property());
					insert.setTimestamp(4, Timestamp.from(m.ts()));
					if (m.number() != null) {
						insert.setDouble(5, m.number());
					}
					else {
						insert.setNull(5, java.sql.Types.DOUBLE);
					}
					insert.setString(6, m.text());
					insert.setShort(7, (short) m.quality().ordinal());
					insert.addBatch();
				}
				int stored = 0;
				for (int count : insert.executeBatch()) {
					stored += Math.max(count, 0);
				}
				connection.commit();
				return stored;
			}
			catch (SQLException ex) {
				connection.rollback();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Storing " + batch.size() + " measurements failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public List<Measurement> latest(TenantId tenant, UUID device) {
		return query("""
				SELECT DISTINCT ON (property) * FROM telemetry_point
				WHERE tenant_id = ? AND device_id = ?
				ORDER BY property, ts DESC""", tenant.value(), device);
	}

	@Override
	public List<Measurement> history(TenantId tenant, UUID device, String property, Instant from, Instant to,
			long offset, int limit) {
		return query("""
				SELECT * FROM telemetry_point
				WHERE tenant_id = ? AND device_id = ? AND property = ? AND ts >= ? AND ts < ?
				ORDER BY ts LIMIT ? OFFSET ?""", tenant.value(), device, property, Timestamp.from(from),
				Timestamp.from(to), limit, offset);
	}

	@Override
	public long countAll(TenantId tenant, Instant from, Instant to) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(
						"SELECT COUNT(*) FROM telemetry_point WHERE tenant_id = ? AND ts >= ? AND ts < ?")) {
			bind(statement, tenant.value(), Timestamp.from(from), Timestamp.from(to));
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
	public long count(TenantId tenant, UUID device, String property, Instant from, Instant to) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("""
						SELECT COUNT(*) FROM telemetry_point
						WHERE tenant_id = ? AND device_id = ? AND property = ? AND ts >= ? AND ts < ?""")) {
			bind(statement, tenant.value(), device, property, Timestamp.from(from), Timestamp.from(to));
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
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("""
						SELECT ts, num_value FROM telemetry_point
						WHERE tenant_id = ? AND device_id = ? AND property = ? AND ts >= ? AND ts < ?
						  AND num_value IS NOT NULL
						ORDER BY ts""")) {
			bind(statement, tenant.value(), device, property, Timestamp.from(from), Timestamp.from(to));
			List<Sample> samples = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					samples.add(new Sample(rs.getTimestamp(1).toInstant(), rs.getDouble(2)));
				}
			}
			return samples;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Reading measurements failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public long deleteBefore(TenantId tenant, Instant cutoff) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection
					.prepareStatement("DELETE FROM telemetry_point WHERE tenant_id = ? AND ts < ?")) {
			bind(statement, tenant.value(), Timestamp.from(cutoff));
			return statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Deleting old measurements failed: " + ex.getMessage(), ex);
		}
	}

	private void createPartitions(List<Measurement> batch) {
		Set<YearMonth> needed = new TreeSet<>();
		for (Measurement m : batch) {
			YearMonth month = YearMonth.from(m.ts().atOffset(ZoneOffset.UTC));
			if (!this.partitions.contains(month)) {
				needed.add(month);
			}
		}
		if (needed.isEmpty()) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection(); Statement ddl = connection.createStatement()) {
			for (YearMonth month : needed) {
				String name = String.format("telemetry_point_%04d_%02d", month.getYear(), month.getMonthValue());
				try {
					ddl.execute("CREATE TABLE IF NOT EXISTS " + name
							+ " PARTITION OF telemetry_point FOR VALUES FROM ('" + month.atDay(1)
							+ " 00:00:00+00') TO ('" + month.plusMonths(1).atDay(1) + " 00:00:00+00')");
				}
				catch (SQLException ex) {
					if (!"42P07".equals(ex.getSQLState())) {
						throw ex;
					}
				}
				this.partitions.add(month);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Creating telemetry partitions failed: " + ex.getMessage(), ex);
		}
	}

	private List<Measurement> query(String sql, Object... params) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, params);
			List<Measurement> rows = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					double number = rs.getDouble("num_value");
					Double value = rs.wasNull() ? null : number;
					rows.add(new Measurement(TenantId.of(rs.getObject("tenant_id", UUID.class)),
							rs.getObject("device_id", UUID.class), rs.getString("property"),
							rs.getTimestamp("ts").toInstant(), value, rs.getString("text_value"),
							Quality.values()[rs.getInt("quality")]));
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Reading measurements failed: " + ex.getMessage(), ex);
		}
	}

	private static void bind(PreparedStatement statement, Object... params) throws SQLException {
		for (int i = 0; i < params.length; i++) {
			statement.setObject(i + 1, params[i]);
		}
	}

}
