package io.kaiwu.energy.factor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.energy.carbon.EmissionFactor;
import io.kaiwu.energy.carbon.Scope;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The energy_emission_factor table: the tenant's own factors. */
@Repository
class FactorRecords {

	private final JdbcClient jdbc;

	FactorRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<EmissionFactor> ofTenant(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM energy_emission_factor WHERE tenant_id = ? ORDER BY code")
			.param(tenant.value())
			.query((rs, row) -> EmissionFactor.of(rs.getString("code"), rs.getString("name"),
					rs.getBigDecimal("factor_value").stripTrailingZeros(), rs.getString("unit"),
					MeterKind.valueOf(rs.getString("meter_kind")), Scope.valueOf(rs.getString("scope")),
					(Integer) rs.getObject("data_year", Integer.class), rs.getString("factor_set"),
					ManagingFactors.TENANT_LABEL, rs.getString("source")))
			.list();
	}

	void insert(TenantId tenant, EmissionFactor f, Instant at) {
		this.jdbc.sql("""
				INSERT INTO energy_emission_factor (id, tenant_id, code, name, factor_value, unit, meter_kind, scope,
				    data_year, factor_set, source, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), tenant.value(), f.code(), f.name(), f.value(), f.unit().text(), f.kind().name(),
					f.scope().name(), f.dataYear(), f.factorSet(), f.source(), Timestamp.from(at))
			.update();
	}

}
