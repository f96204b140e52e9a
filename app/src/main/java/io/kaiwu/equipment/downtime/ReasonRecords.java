package io.kaiwu.equipment.downtime;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code downtime_reason}. */
@Repository
class ReasonRecords {

	private static final RowMapper<DowntimeReason> REASON = (rs, n) -> new DowntimeReason(
			rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
			rs.getObject("parent_id", UUID.class), rs.getString("code"), rs.getString("name_zh"),
			rs.getString("name_en"), rs.getInt("sort_order"), rs.getTimestamp("created_at").toInstant());

	private final JdbcClient jdbc;

	ReasonRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DowntimeReason> all(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM downtime_reason WHERE tenant_id = ? ORDER BY sort_order, code")
			.param(tenant.value())
			.query(REASON)
			.list();
	}

	Optional<DowntimeReason> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM downtime_reason WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(REASON)
			.optional();
	}

	boolean codeTaken(TenantId tenant, String code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM downtime_reason WHERE tenant_id = ? AND code = ?")
			.params(tenant.value(), code)
			.query(Long.class)
			.single() > 0;
	}

	long children(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM downtime_reason WHERE tenant_id = ? AND parent_id = ?")
			.params(tenant.value(), id)
			.query(Long.class)
			.single();
	}

	long uses(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM machine_state_interval WHERE tenant_id = ? AND reason_id = ?")
			.params(tenant.value(), id)
			.query(Long.class)
			.single();
	}

	void insert(DowntimeReason r) {
		this.jdbc.sql("""
				INSERT INTO downtime_reason (id, tenant_id, parent_id, code, name_zh, name_en, sort_order, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.tenant().value(), r.parentId(), r.code(), r.nameZh(), r.nameEn(), r.sortOrder(),
					Timestamp.from(r.createdAt()))
			.update();
	}

	void delete(TenantId tenant, UUID id) {
		this.jdbc.sql("DELETE FROM downtime_reason WHERE tenant_id = ? AND id = ?").params(tenant.value(), id).update();
	}

}
