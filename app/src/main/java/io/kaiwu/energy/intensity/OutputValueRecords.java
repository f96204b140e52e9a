package io.kaiwu.energy.intensity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The energy_output_value table. */
@Repository
class OutputValueRecords {

	private static final RowMapper<OutputValue> VALUE = (rs, n) -> new OutputValue(rs.getObject("site_id", UUID.class),
			YearMonth.parse(rs.getString("period_month")), rs.getBigDecimal("value_wan"));

	private final JdbcClient jdbc;

	OutputValueRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OutputValue> find(TenantId tenant, UUID site, YearMonth month) {
		return this.jdbc.sql("""
				SELECT site_id, period_month, value_wan FROM energy_output_value
				WHERE tenant_id = ? AND site_id = ? AND period_month = ?""")
			.params(tenant.value(), site, month.toString())
			.query(VALUE)
			.optional();
	}

	List<OutputValue> ofSite(TenantId tenant, UUID site) {
		return this.jdbc.sql("""
				SELECT site_id, period_month, value_wan FROM energy_output_value
				WHERE tenant_id = ? AND site_id = ? ORDER BY period_month DESC""")
			.params(tenant.value(), site)
			.query(VALUE)
			.list();
	}

	void put(TenantId tenant, OutputValue value) {
		int updated = this.jdbc.sql("""
				UPDATE energy_output_value SET value_wan = ?, updated_at = ?
				WHERE tenant_id = ? AND site_id = ? AND period_month = ?""")
			.params(value.valueWan(), Timestamp.from(Instant.now()), tenant.value(), value.siteId(),
					value.month().toString())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO energy_output_value (tenant_id, site_id, period_month, value_wan, updated_at)
					VALUES (?, ?, ?, ?, ?)""")
				.params(tenant.value(), value.siteId(), value.month().toString(), value.valueWan(),
						Timestamp.from(Instant.now()))
				.update();
		}
	}

}
