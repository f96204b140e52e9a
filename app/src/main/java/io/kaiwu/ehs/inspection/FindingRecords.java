package io.kaiwu.ehs.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ehs_finding and ehs_finding_step tables. */
@Repository
class FindingRecords {

	private final JdbcClient jdbc;

	FindingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The tenant's findings, the nearest deadline first. */
	List<Finding> all(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM ehs_finding WHERE tenant_id = ? ORDER BY deadline, created_at")
			.param(tenant.value())
			.query((rs, row) -> finding(rs))
			.list();
	}

	Optional<Finding> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM ehs_finding WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, row) -> finding(rs))
			.optional();
	}

	void insert(TenantId tenant, Finding f) {
		this.jdbc.sql("""
				INSERT INTO ehs_finding (id, tenant_id, site_id, hazard_source_id, inspection_id, item_id, drill_id,
				    severity, description, location, found_on, found_by, responsible, deadline, state, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(f.id(), tenant.value(), f.siteId(), f.hazardSourceId(), f.inspectionId(), f.itemId(), f.drillId(),
					f.severity().name(), f.description(), f.location(), f.foundOn(), f.foundBy(), f.responsible(),
					f.deadline(), f.state().name(), Timestamp.from(f.createdAt()))
			.update();
	}

	/**
	 * Stores the finding's new state when it is still in the state it was read in;
	 * {@literal false} when someone else moved it first.
	 */
	boolean update(TenantId tenant, FindingState before, Finding f) {
		return this.jdbc.sql("""
				UPDATE ehs_finding SET state = ?, measure = ?, rectified_by = ?, rectified_at = ?, verified_by = ?,
				    verified_at = ?, verification_note = ?
				WHERE tenant_id = ? AND id = ? AND state = ?""")
			.params(f.state().name(), f.measure(), f.rectifiedBy(), timestamp(f.rectifiedAt()), f.verifiedBy(),
					timestamp(f.verifiedAt()), f.verificationNote(), tenant.value(), f.id(), before.name())
			.update() == 1;
	}

	void step(UUID findingId, FindingStep step) {
		this.jdbc.sql("""
				INSERT INTO ehs_finding_step (id, finding_id, action, actor, happened_at, note)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), findingId, step.action(), step.actor(), Timestamp.from(step.at()), step.note())
			.update();
	}

	List<FindingStep> steps(UUID findingId) {
		return this.jdbc.sql("SELECT * FROM ehs_finding_step WHERE finding_id = ? ORDER BY happened_at, id")
			.param(findingId)
			.query((rs, row) -> new FindingStep(rs.getString("action"), rs.getString("actor"),
					rs.getTimestamp("happened_at").toInstant(), rs.getString("note")))
			.list();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	private static Finding finding(ResultSet rs) throws SQLException {
		return new Finding(rs.getObject("id", UUID.class), rs.getObject("site_id", UUID.class),
				rs.getObject("hazard_source_id", UUID.class), rs.getObject("inspection_id", UUID.class),
				rs.getObject("item_id", UUID.class), rs.getObject("drill_id", UUID.class),
				Severity.valueOf(rs.getString("severity")), rs.getString("description"), rs.getString("location"),
				rs.getObject("found_on", LocalDate.class), rs.getString("found_by"), rs.getString("responsible"),
				rs.getObject("deadline", LocalDate.class), FindingState.valueOf(rs.getString("state")),
				rs.getString("measure"), rs.getString("rectified_by"), instant(rs, "rectified_at"),
				rs.getString("verified_by"), instant(rs, "verified_at"), rs.getString("verification_note"),
				rs.getTimestamp("created_at").toInstant());
	}

}
