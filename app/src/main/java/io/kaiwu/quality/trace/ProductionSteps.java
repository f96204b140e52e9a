package io.kaiwu.quality.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.quality.Genealogy.Consumed;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The quality_production_step table with its inputs and outputs, and the genealogy's
 * edges read from them one level at a time (each level one query per 500 units).
 */
@Repository
class ProductionSteps {

	private static final String LINKS = """
			SELECT i.step_id, i.unit_id AS from_id, o.unit_id AS to_id, i.quantity
			FROM quality_step_input i JOIN quality_step_output o ON o.step_id = i.step_id
			WHERE i.tenant_id = ? AND\s""";

	private final JdbcClient jdbc;

	ProductionSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ProductionStep s) {
		this.jdbc.sql("""
				INSERT INTO quality_production_step (id, tenant_id, operation, equipment_id, operator, work_order,
				    started_at, ended_at, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id(), s.tenant().value(), s.operation(), s.equipmentId(), s.operator(), s.workOrder(),
					Timestamp.from(s.startedAt()), Timestamp.from(s.endedAt()), s.recordedBy(),
					Timestamp.from(s.recordedAt()))
			.update();
		for (Consumed c : s.consumed()) {
			this.jdbc.sql("INSERT INTO quality_step_input (step_id, unit_id, tenant_id, quantity) VALUES (?, ?, ?, ?)")
				.params(s.id(), c.unitId(), s.tenant().value(), c.quantity())
				.update();
		}
		for (UUID unit : s.produced()) {
			this.jdbc.sql("INSERT INTO quality_step_output (step_id, unit_id, tenant_id) VALUES (?, ?, ?)")
				.params(s.id(), unit, s.tenant().value())
				.update();
		}
	}

	/** Steps by id with their inputs and outputs; other tenants' left out. */
	List<ProductionStep> findAll(TenantId tenant, Collection<UUID> ids) {
		Map<UUID, List<Consumed>> inputs = new HashMap<>();
		Map<UUID, List<UUID>> outputs = new HashMap<>();
		List<ProductionStep> heads = new ArrayList<>();
		for (List<UUID> chunk : TraceUnits.chunks(ids)) {
			List<Object> params = params(tenant, chunk);
			String in = " IN (" + TraceUnits.marks(chunk.size()) + ")";
			this.jdbc
				.sql("SELECT step_id, unit_id, quantity FROM quality_step_input WHERE tenant_id = ? AND step_id" + in)
				.params(params)
				.query((rs) -> {
					inputs.computeIfAbsent(rs.getObject("step_id", UUID.class), (k) -> new ArrayList<>())
						.add(new Consumed(rs.getObject("unit_id", UUID.class),
								rs.getBigDecimal("quantity").stripTrailingZeros()));
				});
			this.jdbc.sql("SELECT step_id, unit_id FROM quality_step_output WHERE tenant_id = ? AND step_id" + in)
				.params(params)
				.query((rs) -> {
					outputs.computeIfAbsent(rs.getObject("step_id", UUID.class), (k) -> new ArrayList<>())
						.add(rs.getObject("unit_id", UUID.class));
				});
			heads.addAll(this.jdbc.sql("SELECT * FROM quality_production_step WHERE tenant_id = ? AND id" + in)
				.params(params)
				.query((rs, row) -> head(rs))
				.list());
		}
		List<ProductionStep> steps = new ArrayList<>(heads.size());
		for (ProductionStep s : heads) {
			UUID id = s.id();
			steps.add(new ProductionStep(id, s.tenant(), s.operation(), s.equipmentId(), s.operator(), s.workOrder(),
					s.startedAt(), s.endedAt(), s.recordedBy(), s.recordedAt(), inputs.getOrDefault(id, List.of()),
					outputs.getOrDefault(id, List.of())));
		}
		return steps;
	}

	/** The edges into the units: what each was made from (backward one level). */
	List<Link> madeFrom(TenantId tenant, Collection<UUID> units) {
		return links(tenant, units, "o.unit_id");
	}

	/** The edges out of the units: what was made from each (forward one level). */
	List<Link> madeInto(TenantId tenant, Collection<UUID> units) {
		return links(tenant, units, "i.unit_id");
	}

	/** The steps that made any of the units, those without inputs included. */
	List<UUID> making(TenantId tenant, Collection<UUID> units) {
		List<UUID> steps = new ArrayList<>();
		for (List<UUID> chunk : TraceUnits.chunks(units)) {
			steps.addAll(this.jdbc
				.sql("SELECT DISTINCT step_id FROM quality_step_output WHERE tenant_id = ? AND unit_id IN ("
						+ TraceUnits.marks(chunk.size()) + ")")
				.params(params(tenant, chunk))
				.query(UUID.class)
				.list());
		}
		return steps;
	}

	/** For each unit, the units made from it, for the loop check. */
	Map<UUID, List<UUID>> successors(TenantId tenant, Collection<UUID> units) {
		Map<UUID, List<UUID>> next = new LinkedHashMap<>();
		for (Link link : madeInto(tenant, units)) {
			next.computeIfAbsent(link.from(), (k) -> new ArrayList<>()).add(link.to());
		}
		return next;
	}

	private List<Link> links(TenantId tenant, Collection<UUID> units, String column) {
		List<Link> links = new ArrayList<>();
		for (List<UUID> chunk : TraceUnits.chunks(units)) {
			links.addAll(this.jdbc.sql(LINKS + column + " IN (" + TraceUnits.marks(chunk.size()) + ")")
				.params(params(tenant, chunk))
				.query((rs, row) -> new Link(rs.getObject("step_id", UUID.class), rs.getObject("from_id", UUID.class),
						rs.getObject("to_id", UUID.class), rs.getBigDecimal("quantity").stripTrailingZeros()))
				.list());
		}
		return links;
	}

	private static List<Object> params(TenantId tenant, List<UUID> chunk) {
		List<Object> params = new ArrayList<>(chunk.size() + 1);
		params.add(tenant.value());
		params.addAll(chunk);
		return params;
	}

	private static ProductionStep head(ResultSet rs) throws SQLException {
		return new ProductionStep(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				rs.getString("operation"), rs.getObject("equipment_id", UUID.class), rs.getString("operator"),
				rs.getString("work_order"), rs.getTimestamp("started_at").toInstant(),
				rs.getTimestamp("ended_at").toInstant(), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant(), List.of(), List.of());
	}

}
