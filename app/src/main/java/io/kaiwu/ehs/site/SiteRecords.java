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
			SELECT p.*, COALESCE(s.name, d.name) AS owner_name, COALESCE(s.code, d.code) AS owner_code,
			    COALESCE(s.node_id, d.node_id) AS owner_node
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
		return this.jdbc.sql("SELECT * FROM ehs_hazard_source WHERE tenant_id = ? AND removed_at IS NULL ORDER BY code")
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
		return this.jdbc
			.sql("SELECT * FROM ehs_discharge_point WHERE tenant_id = ? AND removed_at IS NULL ORDER BY code")
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
		return this.jdbc.sql(POINTS + " WHERE p.removed_at IS NULL ORDER BY p.tenant_id, p.position")
			.query((rs, row) -> point(rs))
			.list();
	}

	private Map<UUID, List<MonitoredPoint>> pointsByOwner(TenantId tenant) {
		Map<UUID, List<MonitoredPoint>> byOwner = new LinkedHashMap<>();
		this.jdbc.sql(POINTS + " WHERE p.tenant_id = ? AND p.removed_at IS NULL ORDER BY p.position")
			.param(tenant.value())
			.query((rs, row) -> point(rs))
			.list()
			.forEach((p) -> byOwner.computeIfAbsent(p.ownerId(), (o) -> new ArrayList<>()).add(p));
		return byOwner;
	}

	/** Every point of the tenant with its owner, removed ones too. */
	List<PointEntry> pointEntries(TenantId tenant) {
		return this.jdbc.sql(POINTS + " WHERE p.tenant_id = ? ORDER BY owner_code, p.position")
			.param(tenant.value())
			.query((rs, row) -> new PointEntry(point(rs), rs.getString("owner_code"),
					rs.getObject("owner_node", UUID.class), rs.getObject("hazard_source_id") != null,
					rs.getTimestamp("removed_at") != null))
			.list();
	}

	/** When the point's open exceedance began, if it has one. */
	java.util.Optional<java.time.Instant> openExceedanceSince(TenantId tenant, UUID pointId) {
		return this.jdbc
			.sql("SELECT started_at FROM ehs_exceedance WHERE tenant_id = ? AND point_id = ? AND ended_at IS NULL")
			.params(tenant.value(), pointId)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	void update(TenantId tenant, HazardSource s) {
		this.jdbc.sql("""
				UPDATE ehs_hazard_source SET code = ?, name = ?, hazard_level = ?, node_id = ?, substances = ?
				WHERE id = ? AND tenant_id = ?""")
			.params(s.code(), s.name(), s.level().name(), s.nodeId(), String.join("\n", s.substances()), s.id(),
					tenant.value())
			.update();
	}

	void update(TenantId tenant, DischargePoint d) {
		this.jdbc.sql("""
				UPDATE ehs_discharge_point SET code = ?, name = ?, medium = ?, node_id = ?
				WHERE id = ? AND tenant_id = ?""")
			.params(d.code(), d.name(), d.medium().name(), d.nodeId(), d.id(), tenant.value())
			.update();
	}

	/**
	 * Writes an owner's points as edited: the ones kept are updated in place (their
	 * exceedance records stay theirs), new ones inserted, the ones left out marked
	 * removed.
	 */
	void replacePoints(TenantId tenant, @Nullable UUID sourceId, @Nullable UUID dischargeId,
			List<MonitoredPoint> before, List<MonitoredPoint> after, java.time.Instant at) {
		for (MonitoredPoint old : before) {
			if (after.stream().noneMatch((p) -> p.id().equals(old.id()))) {
				this.jdbc.sql("UPDATE ehs_monitored_point SET removed_at = ? WHERE id = ? AND tenant_id = ?")
					.params(Timestamp.from(at), old.id(), tenant.value())
					.update();
			}
		}
		int position = 0;
		for (MonitoredPoint p : after) {
			if (before.stream().anyMatch((old) -> old.id().equals(p.id()))) {
				GradedLimit l = p.limit();
				this.jdbc.sql("""
						UPDATE ehs_monitored_point SET position = ?, substance = ?, device_id = ?, property = ?,
						    unit = ?, limit_value = ?, standard = ?, blue = ?, yellow = ?, orange = ?, red = ?,
						    deadband = ?
						WHERE id = ? AND tenant_id = ?""")
					.params(position, p.substance(), p.deviceId(), p.property(), l.unit(), l.limit(), p.standard(),
							l.threshold(WarningGrade.BLUE), l.threshold(WarningGrade.YELLOW),
							l.threshold(WarningGrade.ORANGE), l.threshold(WarningGrade.RED), l.deadband(), p.id(),
							tenant.value())
					.update();
			}
			else {
				insertPoint(sourceId, dischargeId, p, position, at);
			}
			position++;
		}
	}

	/** Marks an owner and its points removed. */
	void remove(TenantId tenant, String table, UUID id, List<MonitoredPoint> points, java.time.Instant at) {
		this.jdbc.sql("UPDATE " + table + " SET removed_at = ? WHERE id = ? AND tenant_id = ?")
			.params(Timestamp.from(at), id, tenant.value())
			.update();
		for (MonitoredPoint p : points) {
			this.jdbc.sql("UPDATE ehs_monitored_point SET removed_at = ? WHERE id = ? AND tenant_id = ?")
				.params(Timestamp.from(at), p.id(), tenant.value())
				.update();
		}
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
			insertPoint(sourceId, dischargeId, p, position++, at);
		}
	}

	private void insertPoint(@Nullable UUID sourceId, @Nullable UUID dischargeId, MonitoredPoint p, int position,
			java.time.Instant at) {
		GradedLimit l = p.limit();
		this.jdbc.sql("""
				INSERT INTO ehs_monitored_point (id, tenant_id, hazard_source_id, discharge_point_id, position,
				    substance, device_id, property, unit, limit_value, standard, blue, yellow, orange, red,
				    deadband, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.tenant().value(), sourceId, dischargeId, position, p.substance(), p.deviceId(),
					p.property(), l.unit(), l.limit(), p.standard(), l.threshold(WarningGrade.BLUE),
					l.threshold(WarningGrade.YELLOW), l.threshold(WarningGrade.ORANGE), l.threshold(WarningGrade.RED),
					l.deadband(), Timestamp.from(at))
			.update();
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
