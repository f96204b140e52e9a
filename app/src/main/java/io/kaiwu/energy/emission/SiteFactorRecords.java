package io.kaiwu.energy.emission;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The energy_site_emission_factor table. */
@Repository
class SiteFactorRecords {

	private final JdbcClient jdbc;

	SiteFactorRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The factor codes a site chose, by kind. */
	Map<MeterKind, String> chosen(TenantId tenant, UUID site) {
		Map<MeterKind, String> chosen = new EnumMap<>(MeterKind.class);
		this.jdbc
			.sql("SELECT meter_kind, factor_code FROM energy_site_emission_factor WHERE tenant_id = ? AND site_id = ?")
			.params(tenant.value(), site)
			.query((rs) -> {
				chosen.put(MeterKind.valueOf(rs.getString("meter_kind")), rs.getString("factor_code"));
			});
		return chosen;
	}

	void choose(TenantId tenant, UUID site, MeterKind kind, String code) {
		this.jdbc.sql("DELETE FROM energy_site_emission_factor WHERE tenant_id = ? AND site_id = ? AND meter_kind = ?")
			.params(tenant.value(), site, kind.name())
			.update();
		this.jdbc.sql("""
				INSERT INTO energy_site_emission_factor (tenant_id, site_id, meter_kind, factor_code)
				VALUES (?, ?, ?, ?)""").params(tenant.value(), site, kind.name(), code).update();
	}

}
