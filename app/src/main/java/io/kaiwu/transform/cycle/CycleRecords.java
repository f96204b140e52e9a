package io.kaiwu.transform.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table transform_cycle. */
@Repository
class CycleRecords {

	private static final TypeReference<List<Gap>> GAPS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CycleRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Cycle c) {
		this.jdbc.sql("""
				INSERT INTO transform_cycle (id, tenant_id, number, name, roadmap_id, roadmap_phase, evaluation_id,
				    carried_gaps, started_at, started_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.tenant().value(), c.number(), c.name(), c.roadmapId(), c.roadmapPhase(), c.evaluationId(),
					this.json.writeValueAsString(c.carriedGaps()), Timestamp.from(c.startedAt()), c.startedBy())
			.update();
	}

	void change(Cycle c) {
		this.jdbc.sql("""
				UPDATE transform_cycle SET name = ?, roadmap_id = ?, roadmap_phase = ?, evaluation_id = ?
				WHERE id = ? AND closed_at IS NULL""")
			.params(c.name(), c.roadmapId(), c.roadmapPhase(), c.evaluationId(), c.id())
			.update();
	}

	/** Closes an open cycle; false when another request closed it first. */
	boolean close(Cycle c) {
		return this.jdbc.sql("""
				UPDATE transform_cycle SET closing_gaps = ?, closing_note = ?, closed_at = ?, closed_by = ?
				WHERE id = ? AND closed_at IS NULL""")
			.params(this.json.writeValueAsString(c.closingGaps()), c.closingNote(), Timestamp.from(c.closedAt()),
					c.closedBy(), c.id())
			.update() == 1;
	}

	Optional<Cycle> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM transform_cycle WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(this::cycle)
			.optional();
	}

	/** The tenant's cycles, the first first. */
	List<Cycle> all(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM transform_cycle WHERE tenant_id = ? ORDER BY number")
			.param(tenant.value())
			.query(this::cycle)
			.list();
	}

	private Cycle cycle(ResultSet rs, int row) throws SQLException {
		String closing = rs.getString("closing_gaps");
		Timestamp closedAt = rs.getTimestamp("closed_at");
		return new Cycle(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
				rs.getInt("number"), rs.getString("name"), rs.getObject("roadmap_id", UUID.class),
				rs.getInt("roadmap_phase"), rs.getObject("evaluation_id", UUID.class),
				this.json.readValue(rs.getString("carried_gaps"), GAPS),
				(closing != null) ? this.json.readValue(closing, GAPS) : null, rs.getString("closing_note"),
				rs.getTimestamp("started_at").toInstant(), rs.getString("started_by"),
				(closedAt != null) ? closedAt.toInstant() : null, rs.getString("closed_by"));
	}

}
