package io.kaiwu.transform.roadmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.roadmap.kernel.Approach;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables transform_roadmap, transform_roadmap_scenario and transform_project. */
@Repository
class RoadmapRecords {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<List<Double>> NUMBERS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Double>> EFFECTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RoadmapRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Roadmap r) {
		this.jdbc.sql("""
				INSERT INTO transform_roadmap (id, tenant_id, name, approach, pack, goals, pain_points, discount_rate,
				    created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.tenant().value(), r.name(), r.approach().name(), r.pack(), write(r.goals()),
					write(r.painPoints()), r.discountRate(), Timestamp.from(r.createdAt()), r.createdBy())
			.update();
	}

	Optional<Roadmap> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM transform_roadmap WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(this::roadmap)
			.optional();
	}

	/** The tenant's roadmaps, newest first. */
	List<Roadmap> all(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM transform_roadmap WHERE tenant_id = ? ORDER BY created_at DESC")
			.param(tenant.value())
			.query(this::roadmap)
			.list();
	}

	void plan(UUID roadmap, PlannedScenario s) {
		this.jdbc.sql("""
				INSERT INTO transform_roadmap_scenario (roadmap_id, scenario_code, phase, score, waits_for, unplanned)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(roadmap, s.code(), s.phase(), s.score(), write(s.waitsFor()), write(s.unplanned()))
			.update();
	}

	/** Moves a planned scenario to another phase; false when it is not on the roadmap. */
	boolean move(UUID roadmap, String code, int phase) {
		return this.jdbc
			.sql("UPDATE transform_roadmap_scenario SET phase = ? WHERE roadmap_id = ? AND scenario_code = ?")
			.params(phase, roadmap, code)
			.update() == 1;
	}

	List<PlannedScenario> scenarios(UUID roadmap) {
		return this.jdbc.sql(
				"SELECT * FROM transform_roadmap_scenario WHERE roadmap_id = ? ORDER BY phase, score DESC, scenario_code")
			.param(roadmap)
			.query((rs, row) -> new PlannedScenario(rs.getString("scenario_code"), rs.getInt("phase"),
					rs.getDouble("score"), read(rs.getString("waits_for"), STRINGS),
					read(rs.getString("unplanned"), STRINGS)))
			.list();
	}

	void save(Project p) {
		this.jdbc.sql("DELETE FROM transform_project WHERE id = ?").param(p.id()).update();
		this.jdbc.sql("""
				INSERT INTO transform_project (id, roadmap_id, name, phase, scenarios, investment, net_benefits,
				    kpi_effects, risks, assumptions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.roadmapId(), p.name(), p.phase(), write(p.scenarios()), p.investment(),
					write(p.netBenefits()), write(p.kpiEffects()), write(p.risks()), p.assumptions())
			.update();
	}

	boolean delete(UUID roadmap, UUID project) {
		return this.jdbc.sql("DELETE FROM transform_project WHERE roadmap_id = ? AND id = ?")
			.params(roadmap, project)
			.update() == 1;
	}

	List<Project> projects(UUID roadmap) {
		return this.jdbc.sql("SELECT * FROM transform_project WHERE roadmap_id = ? ORDER BY phase, name")
			.param(roadmap)
			.query((rs, row) -> project(rs))
			.list();
	}

	private Project project(ResultSet rs) throws SQLException {
		return new Project(rs.getObject("id", UUID.class), rs.getObject("roadmap_id", UUID.class), rs.getString("name"),
				rs.getInt("phase"), read(rs.getString("scenarios"), STRINGS), rs.getDouble("investment"),
				read(rs.getString("net_benefits"), NUMBERS), read(rs.getString("kpi_effects"), EFFECTS),
				read(rs.getString("risks"), STRINGS), rs.getString("assumptions"));
	}

	private Roadmap roadmap(ResultSet rs, int row) throws SQLException {
		return new Roadmap(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
				rs.getString("name"), Approach.valueOf(rs.getString("approach")), rs.getString("pack"),
				read(rs.getString("goals"), STRINGS), read(rs.getString("pain_points"), STRINGS),
				rs.getDouble("discount_rate"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

	private String write(Object value) {
		return this.json.writeValueAsString(value);
	}

	private <T> T read(String value, TypeReference<T> type) {
		return this.json.readValue(value, type);
	}

}
