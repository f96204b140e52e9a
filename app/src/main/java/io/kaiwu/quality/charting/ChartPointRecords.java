package io.kaiwu.quality.charting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.quality.inspection.SubgroupRecorded;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subgroups the charts plot (table quality_spc_point), oldest first. */
@Repository
class ChartPointRecords {

	/** The most subgroups one chart or study reads at a time. */
	static final int MOST = 5000;

	private final JdbcClient jdbc;

	ChartPointRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID subgroupId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM quality_spc_point WHERE subgroup_id = ?")
			.params(subgroupId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(SubgroupRecorded event, Instant now) {
		String measured = event.values().stream().map(String::valueOf).collect(Collectors.joining(" "));
		this.jdbc.sql("""
				INSERT INTO quality_spc_point (subgroup_id, tenant_id, characteristic_id, taken_at, measured, inspected,
				    nonconforming, defects, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(event.subgroupId(), event.tenant().value(), event.characteristicId(), Timestamp.from(event.at()),
					measured, event.inspected(), event.nonconforming(), event.defects(), Timestamp.from(now))
			.update();
	}

	/** The latest {@code count} subgroups taken up to {@code until}, oldest first. */
	List<StoredPoint> latest(TenantId tenant, UUID characteristicId, Instant until, int count) {
		List<StoredPoint> newestFirst = this.jdbc.sql("""
				SELECT * FROM quality_spc_point WHERE tenant_id = ? AND characteristic_id = ? AND taken_at <= ?
				ORDER BY taken_at DESC, recorded_at DESC, subgroup_id DESC
				LIMIT ?""")
			.params(tenant.value(), characteristicId, Timestamp.from(until), count)
			.query(ChartPointRecords::point)
			.list();
		List<StoredPoint> points = new ArrayList<>(newestFirst);
		Collections.reverse(points);
		return points;
	}

	/**
	 * The subgroups taken from {@code from} to {@code to} (both included), oldest first;
	 * at most {@link #MOST}.
	 */
	List<StoredPoint> between(TenantId tenant, UUID characteristicId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM quality_spc_point WHERE tenant_id = ? AND characteristic_id = ? AND taken_at >= ?
				    AND taken_at <= ?
				ORDER BY taken_at, recorded_at, subgroup_id
				LIMIT ?""")
			.params(tenant.value(), characteristicId, Timestamp.from(from), Timestamp.from(to), MOST)
			.query(ChartPointRecords::point)
			.list();
	}

	/** The first {@code count} subgroups taken after {@code after}, oldest first. */
	List<StoredPoint> after(TenantId tenant, UUID characteristicId, Instant after, int count) {
		return this.jdbc.sql("""
				SELECT * FROM quality_spc_point WHERE tenant_id = ? AND characteristic_id = ? AND taken_at > ?
				ORDER BY taken_at, recorded_at, subgroup_id
				LIMIT ?""")
			.params(tenant.value(), characteristicId, Timestamp.from(after), count)
			.query(ChartPointRecords::point)
			.list();
	}

	long count(TenantId tenant, UUID characteristicId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM quality_spc_point WHERE tenant_id = ? AND characteristic_id = ?")
			.params(tenant.value(), characteristicId)
			.query(Long.class)
			.single();
	}

	private static StoredPoint point(ResultSet rs, int row) throws SQLException {
		String measured = rs.getString("measured");
		double[] values = measured.isBlank() ? new double[0]
				: Arrays.stream(measured.split(" ")).mapToDouble(Double::parseDouble).toArray();
		return new StoredPoint(rs.getObject("subgroup_id", UUID.class), rs.getTimestamp("taken_at").toInstant(), values,
				rs.getInt("inspected"), rs.getInt("nonconforming"), rs.getInt("defects"));
	}

}
