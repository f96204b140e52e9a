package io.kaiwu.ehs.emergency;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ehs_emergency_plan, ehs_emergency_plan_source and ehs_emergency_drill tables. */
@Repository
class EmergencyRecords {

	private final JdbcClient jdbc;

	EmergencyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<EmergencyPlan> plans(TenantId tenant) {
		Map<UUID, List<UUID>> sources = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT s.* FROM ehs_emergency_plan_source s JOIN ehs_emergency_plan p ON p.id = s.plan_id
				WHERE p.tenant_id = ?""")
			.param(tenant.value())
			.query((rs, row) -> sources.computeIfAbsent(rs.getObject("plan_id", UUID.class), (p) -> new ArrayList<>())
				.add(rs.getObject("hazard_source_id", UUID.class)))
			.list();
		return this.jdbc.sql("SELECT * FROM ehs_emergency_plan WHERE tenant_id = ? ORDER BY code")
			.param(tenant.value())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new EmergencyPlan(id, rs.getString("code"), rs.getString("name"),
						rs.getObject("site_id", UUID.class), PlanKind.valueOf(rs.getString("kind")),
						sources.getOrDefault(id, List.of()), lines(rs.getString("response_levels")),
						lines(rs.getString("contacts")), rs.getObject("review_due", LocalDate.class),
						rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

	boolean codeTaken(TenantId tenant, String code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ehs_emergency_plan WHERE tenant_id = ? AND code = ?")
			.params(tenant.value(), code)
			.query(Integer.class)
			.single() > 0;
	}

	void insert(TenantId tenant, EmergencyPlan p) {
		this.jdbc.sql("""
				INSERT INTO ehs_emergency_plan (id, tenant_id, code, name, site_id, kind, response_levels, contacts,
				    review_due, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), tenant.value(), p.code(), p.name(), p.siteId(), p.kind().name(),
					String.join("\n", p.responseLevels()), String.join("\n", p.contacts()), p.reviewDue(),
					p.createdBy(), Timestamp.from(p.createdAt()))
			.update();
		for (UUID source : p.sourceIds()) {
			this.jdbc.sql("INSERT INTO ehs_emergency_plan_source (plan_id, hazard_source_id) VALUES (?, ?)")
				.params(p.id(), source)
				.update();
		}
	}

	/** The tenant's drills, newest first. */
	List<Drill> drills(TenantId tenant) {
		return this.jdbc
			.sql("SELECT * FROM ehs_emergency_drill WHERE tenant_id = ? ORDER BY drilled_on DESC, created_at DESC")
			.param(tenant.value())
			.query((rs, row) -> new Drill(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
					rs.getObject("drilled_on", LocalDate.class), rs.getString("scenario"), rs.getInt("participants"),
					rs.getInt("duration_minutes"), rs.getString("evaluation"), rs.getString("created_by"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	void insert(TenantId tenant, Drill d) {
		this.jdbc.sql("""
				INSERT INTO ehs_emergency_drill (id, tenant_id, plan_id, drilled_on, scenario, participants,
				    duration_minutes, evaluation, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), tenant.value(), d.planId(), d.drilledOn(), d.scenario(), d.participants(),
					d.durationMinutes(), d.evaluation(), d.createdBy(), Timestamp.from(d.createdAt()))
			.update();
	}

	private static List<String> lines(String text) {
		return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
	}

}
