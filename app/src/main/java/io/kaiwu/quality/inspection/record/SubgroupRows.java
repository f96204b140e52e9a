package io.kaiwu.quality.inspection.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quality_subgroup table with its values and defects; tenant first. */
@Repository
class SubgroupRows {

	private final JdbcClient jdbc;

	SubgroupRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a subgroup; false when one with its id is already stored (a repeat). */
	boolean insert(Subgroup s) {
		boolean stored = this.jdbc.sql("SELECT COUNT(*) FROM quality_subgroup WHERE id = ?")
			.param(s.id())
			.query(Long.class)
			.single() > 0;
		if (stored) {
			return false;
		}
		this.jdbc.sql("""
				INSERT INTO quality_subgroup (id, tenant_id, characteristic_id, record_id, source, device_id, taken_at,
				    inspected, nonconforming, defects, out_of_spec, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id(), s.tenant().value(), s.characteristicId(), s.recordId(), s.source().name(), s.deviceId(),
					Timestamp.from(s.takenAt()), s.inspected(), s.nonconforming(), s.defects(), s.outOfSpec(),
					Timestamp.from(s.recordedAt()))
			.update();
		for (int i = 0; i < s.values().size(); i++) {
			this.jdbc.sql("INSERT INTO quality_subgroup_value (subgroup_id, position, measured) VALUES (?, ?, ?)")
				.params(s.id(), i, s.values().get(i))
				.update();
		}
		s.defectCounts()
			.forEach((type, count) -> this.jdbc
				.sql("INSERT INTO quality_subgroup_defect (subgroup_id, defect_type, defect_count) VALUES (?, ?, ?)")
				.params(s.id(), type, count)
				.update());
		return true;
	}

	/** The subgroups of records, oldest first. */
	List<Subgroup> ofRecords(TenantId tenant, List<UUID> recordIds) {
		if (recordIds.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		params.add(tenant.value());
		params.addAll(recordIds);
		String marks = String.join(", ", recordIds.stream().map((id) -> "?").toList());
		return withDetails(this.jdbc
			.sql("SELECT * FROM quality_subgroup WHERE tenant_id = ? AND record_id IN (" + marks
					+ ") ORDER BY taken_at, recorded_at, id")
			.params(params)
			.query((rs, row) -> subgroup(rs))
			.list());
	}

	/** A characteristic's subgroups taken in {@code [from, to)}, newest first. */
	List<Subgroup> ofCharacteristic(TenantId tenant, UUID characteristicId, Instant from, Instant to, PageQuery page) {
		return withDetails(this.jdbc.sql("""
				SELECT * FROM quality_subgroup WHERE tenant_id = ? AND characteristic_id = ? AND taken_at >= ?
				AND taken_at < ? ORDER BY taken_at DESC, recorded_at DESC, id LIMIT ? OFFSET ?""")
			.params(tenant.value(), characteristicId, Timestamp.from(from), Timestamp.from(to), page.size(),
					page.offset())
			.query((rs, row) -> subgroup(rs))
			.list());
	}

	long countOfCharacteristic(TenantId tenant, UUID characteristicId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM quality_subgroup WHERE tenant_id = ? AND characteristic_id = ? AND taken_at >= ?
				AND taken_at < ?""")
			.params(tenant.value(), characteristicId, Timestamp.from(from), Timestamp.from(to))
			.query(Long.class)
			.single();
	}

	private List<Subgroup> withDetails(List<Subgroup> bare) {
		if (bare.isEmpty()) {
			return bare;
		}
		String marks = String.join(", ", bare.stream().map((s) -> "?").toList());
		List<Object> ids = new ArrayList<>(bare.stream().map(Subgroup::id).toList());
		Map<UUID, List<Double>> values = new HashMap<>();
		this.jdbc
			.sql("SELECT subgroup_id, measured FROM quality_subgroup_value WHERE subgroup_id IN (" + marks
					+ ") ORDER BY subgroup_id, position")
			.params(ids)
			.query((rs) -> {
				values.computeIfAbsent(rs.getObject("subgroup_id", UUID.class), (k) -> new ArrayList<>())
					.add(rs.getDouble("measured"));
			});
		Map<UUID, Map<String, Integer>> defects = new HashMap<>();
		this.jdbc
			.sql("SELECT subgroup_id, defect_type, defect_count FROM quality_subgroup_defect WHERE subgroup_id IN ("
					+ marks + ") ORDER BY subgroup_id, defect_type")
			.params(ids)
			.query((rs) -> {
				defects.computeIfAbsent(rs.getObject("subgroup_id", UUID.class), (k) -> new LinkedHashMap<>())
					.put(rs.getString("defect_type"), rs.getInt("defect_count"));
			});
		return bare.stream()
			.map((s) -> new Subgroup(s.id(), s.tenant(), s.characteristicId(), s.recordId(), s.source(), s.deviceId(),
					s.takenAt(), values.getOrDefault(s.id(), List.of()), s.inspected(), s.nonconforming(), s.defects(),
					defects.getOrDefault(s.id(), Map.of()), s.outOfSpec(), s.recordedAt()))
			.toList();
	}

	private static Subgroup subgroup(ResultSet rs) throws SQLException {
		return new Subgroup(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				rs.getObject("characteristic_id", UUID.class), rs.getObject("record_id", UUID.class),
				SubgroupSource.valueOf(rs.getString("source")), rs.getObject("device_id", UUID.class),
				rs.getTimestamp("taken_at").toInstant(), List.of(), rs.getInt("inspected"), rs.getInt("nonconforming"),
				rs.getInt("defects"), Map.of(), rs.getInt("out_of_spec"), rs.getTimestamp("recorded_at").toInstant());
	}

}
