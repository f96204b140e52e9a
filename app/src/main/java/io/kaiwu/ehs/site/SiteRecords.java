package io.kaiwu.ehs.site;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.ehs.warning.GradedLimit;
import io.kaiwu.ehs.warning.WarningGrade;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ehs_hazard_source, ehs_discharge_point and ehs_monitored_point tables. */
@Repository
class SiteRecords {

	private static final String POINTS = """
			SELECT p.*, COALESCE(s.name, d.name) AS owner_name
			FROM ehs_monitored_point p
			LEFT JOIN ehs_hazard_source s ON s.id = p.hazard_source_id
			LEFT JOIN ehs_discharge_point d ON d.id = p.discharge_point_id
			""";

	private final JdbcClient jdbc;

	SiteRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<HazardSource> sources(TenantId tenant) {
		Map<UUID, List<MonitoredPoint>> points = pointsByOwner(tenant);
		return this.jdbc.sql("SELECT * FROM ehs_hazard_source WHERE tenant_id = ? ORDER BY code")
			.param(tenant.value())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				String substances = rs.getString("substances");
				return new HazardSource(id, rs.getString("code"), rs.getString("name"),
						HazardLevel.valueOf(rs.getString("hazard_level")), rs.getObject("node_id", UUID.class),
						substances.isEmpty() ? List.of() : Arrays.asList(substances.split("\n")),
						points.getOrDefault(id, List.of()), rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

	List<DischargePoint> dischargePoints(TenantId tenant) {
		Map<UUID, List<MonitoredPoint>> points = pointsByOwner(tenant);
		return this.jdbc.sql("SELECT * FROM ehs_discharge_point WHERE tenant_id = ? ORDER BY code")
			.param(tenant.value())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new DischargePoint(id, rs.getString("code"), rs.getString("name"),
						Medium.valueOf(rs.getString("medium")), rs.getObject("node_id", UUID.class),
						points.getOrDefault(id, List.of()), rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

	boolean codeTaken(TenantId tenant, String table, String code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ? AND code = ?")
			.params(tenant.value(), code)
			.query(Integer.class)
			.single() > 0;
	}

	/** Every monitored point of every tenant, for the live grading. */
	List<MonitoredPoint> allPoints() {
		return this.jdbc.sql(POINTS + " ORDER BY p.tenant_id, p.position").query((rs, row) -> point(rs)).list();
	}

	private Map<UUID, List<MonitoredPoint>> pointsByOwner(TenantId tenant) {
		Map<UUID, List<MonitoredPoint>> byOwner = new LinkedHashMap<>();
		this.jdbc.sql(POINTS + " WHERE p.tenant_id = ? ORDER BY p.position")
			.param(tenant.value())
			.query((rs, row) -> point(rs))
			.list()
			.forEach((p) -> byOwner.computeIfAbsent(p.ownerId(), (o) -> new ArrayList<>()).add(p));
		return byOwner;
	}

	void insert(TenantId tenant, HazardSource s) {
		this.jdbc.sql("""
				INSERT INTO ehs_hazard_source (id, tenant_id, code, name, hazard_level, node_id, substances, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id(), tenant.value(), s.code(), s.name(), s.level().name(), s.nodeId(),
					String.join("\n", s.substances()), Timestamp.from(s.createdAt()))
			.update();
		insertPoints(s.id(), null, s.points(), s.createdAt());
	}

	void insert(TenantId tenant, DischargePoint d) {
		this.jdbc.sql("""
				INSERT INTO ehs_discharge_point (id, tenant_id, code, name, medium, node_id, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), tenant.value(), d.code(), d.name(), d.medium().name(), d.nodeId(),
					Timestamp.from(d.createdAt()))
			.update();
		insertPoints(null, d.id(), d.points(), d.createdAt());
	}

	private void insertPoints(@Nullable UUID sourceId, @Nullable UUID dischargeId, List<MonitoredPoint> points,
			java.time.Instant at) {
		int position = 0;
		for (MonitoredPoint p : points) {
			GradedLimit l = p.limit();
			this.jdbc.sql("""
					INSERT INTO ehs_monitored_point (id, tenant_id, hazard_source_id, discharge_point_id, position,
					    substance, device_id, property, unit, limit_value, standard, blue, yellow, orange, red,
					    deadband, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(p.id(), p.tenant().value(), sourceId, dischargeId, position++, p.substance(), p.deviceId(),
						p.property(), l.unit(), l.limit(), p.standard(), l.threshold(WarningGrade.BLUE),
						l.threshold(WarningGrade.YELLOW), l.threshold(WarningGrade.ORANGE),
						l.threshold(WarningGrade.RED), l.deadband(), Timestamp.from(at))
				.update();
		}
	}

	private static MonitoredPoint point(ResultSet rs) throws SQLException {
		Map<WarningGrade, BigDecimal> thresholds = new EnumMap<>(WarningGrade.class);
		for (WarningGrade grade : WarningGrade.values()) {
			thresholds.put(grade, decimal(rs, grade.name().toLowerCase(java.util.Locale.ROOT)));
		}
		UUID source = rs.getObject("hazard_source_id", UUID.class);
		UUID owner = (source != null) ? source : rs.getObject("discharge_point_id", UUID.class);
		return new MonitoredPoint(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				owner, rs.getString("owner_name"), rs.getString("substance"), rs.getObject("device_id", UUID.class),
				rs.getString("property"),
				new GradedLimit(decimal(rs, "limit_value"), rs.getString("unit"), thresholds, decimal(rs, "deadband")),
				rs.getString("standard"));
	}

	/** As entered, without the column's trailing zeros. */
	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal plain = rs.getBigDecimal(column).stripTrailingZeros();
		return (plain.scale() < 0) ? plain.setScale(0) : plain;
	}

}
