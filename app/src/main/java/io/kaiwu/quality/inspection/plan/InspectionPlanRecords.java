package io.kaiwu.quality.inspection.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.quality.inspection.InspectionKind;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The quality_inspection_plan and quality_characteristic tables; every query names the
 * tenant first.
 */
@Repository
class InspectionPlanRecords {

	private final JdbcClient jdbc;

	InspectionPlanRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<InspectionPlan> find(TenantId tenant, UUID id, boolean lock) {
		return this.jdbc
			.sql("SELECT * FROM quality_inspection_plan WHERE tenant_id = ? AND id = ?" + (lock ? " FOR UPDATE" : ""))
			.params(tenant.value(), id)
			.query((rs, row) -> plan(rs, List.of()))
			.optional()
			.map((p) -> withCharacteristics(p, characteristics(tenant, List.of(id))));
	}

	List<InspectionPlan> page(TenantId tenant, @Nullable UUID itemId, @Nullable InspectionKind kind, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, itemId, kind, params);
		params.add(page.size());
		params.add(page.offset());
		List<InspectionPlan> plans = this.jdbc
			.sql("SELECT * FROM quality_inspection_plan" + where + " ORDER BY name, id LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> plan(rs, List.of()))
			.list();
		Map<UUID, List<Characteristic>> byPlan = new LinkedHashMap<>();
		characteristics(tenant, plans.stream().map(InspectionPlan::id).toList())
			.forEach((c) -> byPlan.computeIfAbsent(c.planId(), (k) -> new ArrayList<>()).add(c));
		return plans.stream().map((p) -> withCharacteristics(p, byPlan.getOrDefault(p.id(), List.of()))).toList();
	}

	long count(TenantId tenant, @Nullable UUID itemId, @Nullable InspectionKind kind) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, itemId, kind, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM quality_inspection_plan" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	Optional<Characteristic> characteristic(TenantId tenant, UUID characteristicId) {
		return this.jdbc.sql("SELECT * FROM quality_characteristic WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), characteristicId)
			.query((rs, row) -> characteristic(rs))
			.optional();
	}

	/** The item a characteristic's plan inspects. */
	Optional<UUID> itemOf(TenantId tenant, UUID planId) {
		return this.jdbc.sql("SELECT item_id FROM quality_inspection_plan WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), planId)
			.query(UUID.class)
			.optional();
	}

	/** Whether subgroups were recorded for a characteristic (then it stays). */
	boolean hasSubgroups(TenantId tenant, UUID characteristicId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM quality_subgroup WHERE tenant_id = ? AND characteristic_id = ?")
			.params(tenant.value(), characteristicId)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether inspection records were taken on a plan (then it stays). */
	boolean hasRecords(TenantId tenant, UUID planId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM quality_inspection_record WHERE tenant_id = ? AND plan_id = ?")
			.params(tenant.value(), planId)
			.query(Long.class)
			.single() > 0;
	}

	/** Characteristic ids of other plans of the tenant among these, or of no plan. */
	boolean belongsToOtherPlan(TenantId tenant, UUID planId, UUID characteristicId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM quality_characteristic WHERE id = ? AND NOT (tenant_id = ? AND plan_id = ?)")
			.params(characteristicId, tenant.value(), planId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(InspectionPlan p) {
		this.jdbc.sql("""
				INSERT INTO quality_inspection_plan (id, tenant_id, item_id, operation, kind, name, description, active,
				    created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.tenant().value(), p.itemId(), p.operation(), p.kind().name(), p.name(), p.description(),
					p.active(), Timestamp.from(p.createdAt()), Timestamp.from(p.updatedAt()))
			.update();
		p.characteristics().forEach((c) -> insert(p.tenant(), c));
	}

	/**
	 * Saves the plan's fields and its characteristics: kept ones are changed in place
	 * (their ids stay, so charts and records keep them), new ones inserted, those left
	 * out deleted.
	 */
	void update(InspectionPlan p, List<UUID> removed) {
		this.jdbc.sql("""
				UPDATE quality_inspection_plan SET item_id = ?, operation = ?, kind = ?, name = ?, description = ?,
				    active = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(p.itemId(), p.operation(), p.kind().name(), p.name(), p.description(), p.active(),
					Timestamp.from(p.updatedAt()), p.tenant().value(), p.id())
			.update();
		for (UUID id : removed) {
			this.jdbc.sql("DELETE FROM quality_characteristic WHERE tenant_id = ? AND id = ?")
				.params(p.tenant().value(), id)
				.update();
		}
		// codes are unique per plan: park the kept ones on their ids before renaming
		this.jdbc
			.sql("UPDATE quality_characteristic SET code = CAST(id AS VARCHAR(40)) WHERE tenant_id = ? AND plan_id = ?")
			.params(p.tenant().value(), p.id())
			.update();
		for (Characteristic c : p.characteristics()) {
			int changed = this.jdbc
				.sql("""
						UPDATE quality_characteristic SET position = ?, code = ?, name = ?, variable = ?, nominal = ?,
						    lower_limit = ?, upper_limit = ?, unit = ?, defect_types = ?, sample_size = ?, frequency_kind = ?,
						    frequency_every = ?, method = ?, gauge = ?
						WHERE tenant_id = ? AND plan_id = ? AND id = ?""")
				.params(c.position(), c.code(), c.name(), c.variable(), c.nominal(), c.lowerLimit(), c.upperLimit(),
						c.unit(), String.join("\n", c.defectTypes()), c.sampleSize(), c.frequency().kind().name(),
						c.frequency().every(), c.method(), c.gauge(), p.tenant().value(), p.id(), c.id())
				.update();
			if (changed == 0) {
				insert(p.tenant(), c);
			}
		}
	}

	void delete(TenantId tenant, UUID id) {
		this.jdbc.sql("DELETE FROM quality_characteristic WHERE tenant_id = ? AND plan_id = ?")
			.params(tenant.value(), id)
			.update();
		this.jdbc.sql("DELETE FROM quality_inspection_plan WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
	}

	private void insert(TenantId tenant, Characteristic c) {
		this.jdbc.sql("""
				INSERT INTO quality_characteristic (id, tenant_id, plan_id, position, code, name, variable, nominal,
				    lower_limit, upper_limit, unit, defect_types, sample_size, frequency_kind, frequency_every, method,
				    gauge)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), tenant.value(), c.planId(), c.position(), c.code(), c.name(), c.variable(), c.nominal(),
					c.lowerLimit(), c.upperLimit(), c.unit(), String.join("\n", c.defectTypes()), c.sampleSize(),
					c.frequency().kind().name(), c.frequency().every(), c.method(), c.gauge())
			.update();
	}

	private List<Characteristic> characteristics(TenantId tenant, List<UUID> planIds) {
		if (planIds.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", planIds.stream().map((id) -> "?").toList());
		List<Object> params = new ArrayList<>();
		params.add(tenant.value());
		params.addAll(planIds);
		return this.jdbc
			.sql("SELECT * FROM quality_characteristic WHERE tenant_id = ? AND plan_id IN (" + marks
					+ ") ORDER BY plan_id, position, code")
			.params(params)
			.query((rs, row) -> characteristic(rs))
			.list();
	}

	private static String where(TenantId tenant, @Nullable UUID itemId, @Nullable InspectionKind kind,
			List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
		params.add(tenant.value());
		if (itemId != null) {
			where.append(" AND item_id = ?");
			params.add(itemId);
		}
		if (kind != null) {
			where.append(" AND kind = ?");
			params.add(kind.name());
		}
		return where.toString();
	}

	private static InspectionPlan withCharacteristics(InspectionPlan p, List<Characteristic> characteristics) {
		return new InspectionPlan(p.id(), p.tenant(), p.itemId(), p.operation(), p.kind(), p.name(), p.description(),
				p.active(), characteristics, p.createdAt(), p.updatedAt());
	}

	private static InspectionPlan plan(ResultSet rs, List<Characteristic> characteristics) throws SQLException {
		return new InspectionPlan(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				rs.getObject("item_id", UUID.class), rs.getString("operation"),
				InspectionKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("description"),
				rs.getBoolean("active"), characteristics, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static Characteristic characteristic(ResultSet rs) throws SQLException {
		String defects = rs.getString("defect_types");
		FrequencyKind frequency = FrequencyKind.valueOf(rs.getString("frequency_kind"));
		return new Characteristic(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
				rs.getInt("position"), rs.getString("code"), rs.getString("name"),
				rs.getBoolean("variable") ? CharacteristicType.VARIABLE : CharacteristicType.ATTRIBUTE,
				rs.getObject("nominal", Double.class),
				new SpecLimits(rs.getObject("lower_limit", Double.class), rs.getObject("upper_limit", Double.class)),
				rs.getString("unit"), defects.isEmpty() ? List.of() : Arrays.asList(defects.split("\n")),
				rs.getInt("sample_size"), new Frequency(frequency, rs.getObject("frequency_every", Integer.class)),
				rs.getString("method"), rs.getString("gauge"));
	}

}
