package io.kaiwu.health.profile;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The health_profile table: one row per watched machine. */
@Repository
public class ProfileRecords {

	private static final RowMapper<HealthProfile> PROFILE = (rs, row) -> new HealthProfile(
			rs.getObject("equipment_id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
			rs.getObject("device_id", UUID.class), rs.getString("vibration_property"),
			rs.getString("temperature_property"), rs.getString("load_property"),
			rs.getTimestamp("updated_at").toInstant());

	private final JdbcClient jdbc;

	ProfileRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<HealthProfile> find(TenantId tenant, UUID equipmentId) {
		return this.jdbc.sql("SELECT * FROM health_profile WHERE tenant_id = ? AND equipment_id = ?")
			.params(tenant.value(), equipmentId)
			.query(PROFILE)
			.optional();
	}

	public List<HealthProfile> ofTenant(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM health_profile WHERE tenant_id = ?")
			.param(tenant.value())
			.query(PROFILE)
			.list();
	}

	/** Every profile of every tenant, for the watch to load. */
	public List<HealthProfile> all() {
		return this.jdbc.sql("SELECT * FROM health_profile").query(PROFILE).list();
	}

	void save(HealthProfile p) {
		int updated = this.jdbc.sql("""
				UPDATE health_profile SET device_id = ?, vibration_property = ?, temperature_property = ?,
				    load_property = ?, updated_at = ?
				WHERE tenant_id = ? AND equipment_id = ?""")
			.params(p.deviceId(), p.vibration(), p.temperature(), p.load(), Timestamp.from(p.updatedAt()),
					p.tenant().value(), p.equipmentId())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO health_profile (equipment_id, tenant_id, device_id, vibration_property,
					    temperature_property, load_property, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(p.equipmentId(), p.tenant().value(), p.deviceId(), p.vibration(), p.temperature(), p.load(),
						Timestamp.from(p.updatedAt()))
				.update();
		}
	}

	void delete(TenantId tenant, UUID equipmentId) {
		this.jdbc.sql("DELETE FROM health_profile WHERE tenant_id = ? AND equipment_id = ?")
			.params(tenant.value(), equipmentId)
			.update();
	}

}
