package io.kaiwu.masterdata.unit;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The md_unit and md_unit_conversion tables: every query names the tenant first. */
@Repository
class Units {

	private static final RowMapper<Unit> UNIT = (rs, row) -> new Unit(rs.getObject("id", UUID.class),
			rs.getObject("tenant_id", UUID.class), rs.getString("code"), rs.getString("name"),
			Dimension.valueOf(rs.getString("dimension")), rs.getTimestamp("created_at").toInstant());

	private static final RowMapper<UnitConversion> CONVERSION = (rs, row) -> new UnitConversion(
			rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
			rs.getObject("from_unit_id", UUID.class), rs.getObject("to_unit_id", UUID.class),
			tidy(rs.getBigDecimal("factor")), rs.getTimestamp("created_at").toInstant());

	private final JdbcClient jdbc;

	Units(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Unit> find(UUID tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM md_unit WHERE tenant_id = ? AND id = ?")
			.params(tenant, id)
			.query(UNIT)
			.optional();
	}

	Optional<Unit> findByCode(UUID tenant, String code) {
		return this.jdbc.sql("SELECT * FROM md_unit WHERE tenant_id = ? AND code = ?")
			.params(tenant, code)
			.query(UNIT)
			.optional();
	}

	List<Unit> all(UUID tenant) {
		return this.jdbc.sql("SELECT * FROM md_unit WHERE tenant_id = ? ORDER BY dimension, code")
			.param(tenant)
			.query(UNIT)
			.list();
	}

	boolean codeTaken(UUID tenant, String code, UUID except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM md_unit WHERE tenant_id = ? AND code = ? AND id <> ?")
			.params(tenant, code, except)
			.query(Long.class)
			.single() > 0;
	}

	long itemsUsing(UUID tenant, UUID unit) {
		return this.jdbc.sql("SELECT COUNT(*) FROM md_item WHERE tenant_id = ? AND base_unit_id = ?")
			.params(tenant, unit)
			.query(Long.class)
			.single();
	}

	long conversionsUsing(UUID tenant, UUID unit) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM md_unit_conversion WHERE tenant_id = ? AND (from_unit_id = ? OR to_unit_id = ?)")
			.params(tenant, unit, unit)
			.query(Long.class)
			.single();
	}

	void insert(Unit unit) {
		this.jdbc
			.sql("INSERT INTO md_unit (id, tenant_id, code, name, dimension, created_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(unit.id(), unit.tenant(), unit.code(), unit.name(), unit.dimension().name(),
					Timestamp.from(unit.createdAt()))
			.update();
	}

	void update(Unit unit) {
		this.jdbc.sql("UPDATE md_unit SET code = ?, name = ? WHERE tenant_id = ? AND id = ?")
			.params(unit.code(), unit.name(), unit.tenant(), unit.id())
			.update();
	}

	void delete(Unit unit) {
		this.jdbc.sql("DELETE FROM md_unit WHERE tenant_id = ? AND id = ?").params(unit.tenant(), unit.id()).update();
	}

	Optional<UnitConversion> findConversion(UUID tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM md_unit_conversion WHERE tenant_id = ? AND id = ?")
			.params(tenant, id)
			.query(CONVERSION)
			.optional();
	}

	List<UnitConversion> conversions(UUID tenant) {
		return this.jdbc.sql("SELECT * FROM md_unit_conversion WHERE tenant_id = ? ORDER BY created_at, id")
			.param(tenant)
			.query(CONVERSION)
			.list();
	}

	void insert(UnitConversion conversion) {
		this.jdbc.sql("""
				INSERT INTO md_unit_conversion (id, tenant_id, from_unit_id, to_unit_id, factor, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(conversion.id(), conversion.tenant(), conversion.fromUnit(), conversion.toUnit(),
					conversion.factor(), Timestamp.from(conversion.createdAt()))
			.update();
	}

	void delete(UnitConversion conversion) {
		this.jdbc.sql("DELETE FROM md_unit_conversion WHERE tenant_id = ? AND id = ?")
			.params(conversion.tenant(), conversion.id())
			.update();
	}

	private static BigDecimal tidy(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
