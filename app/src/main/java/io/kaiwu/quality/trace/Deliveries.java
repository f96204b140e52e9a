package io.kaiwu.quality.trace;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quality_delivery table and its lines. */
@Repository
class Deliveries {

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Delivery d) {
		this.jdbc.sql("""
				INSERT INTO quality_delivery (id, tenant_id, delivery_number, customer_id, delivered_on, recorded_by,
				    recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.tenant().value(), d.number(), d.customerId(), Date.valueOf(d.deliveredOn()),
					d.recordedBy(), Timestamp.from(d.recordedAt()))
			.update();
		for (Delivery.Line line : d.lines()) {
			this.jdbc.sql(
					"INSERT INTO quality_delivery_line (delivery_id, unit_id, tenant_id, quantity) VALUES (?, ?, ?, ?)")
				.params(d.id(), line.unitId(), d.tenant().value(), line.quantity())
				.update();
		}
	}

	boolean numberTaken(TenantId tenant, String number) {
		return this.jdbc.sql("SELECT COUNT(*) FROM quality_delivery WHERE tenant_id = ? AND delivery_number = ?")
			.params(tenant.value(), number)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Delivery> find(TenantId tenant, UUID id) {
		return findAll(tenant, List.of(id)).stream().findFirst();
	}

	/** The deliveries that carried any of the units, with all their lines. */
	List<Delivery> carrying(TenantId tenant, Collection<UUID> units) {
		List<UUID> ids = new ArrayList<>();
		for (List<UUID> chunk : TraceUnits.chunks(units)) {
			List<Object> params = new ArrayList<>();
			params.add(tenant.value());
			params.addAll(chunk);
			ids.addAll(this.jdbc
				.sql("SELECT DISTINCT delivery_id FROM quality_delivery_line WHERE tenant_id = ? AND unit_id IN ("
						+ TraceUnits.marks(chunk.size()) + ")")
				.params(params)
				.query(UUID.class)
				.list());
		}
		return findAll(tenant, ids);
	}

	List<Delivery> findAll(TenantId tenant, Collection<UUID> ids) {
		List<Delivery> found = new ArrayList<>();
		for (List<UUID> chunk : TraceUnits.chunks(ids)) {
			List<Object> params = new ArrayList<>();
			params.add(tenant.value());
			params.addAll(chunk);
			String in = " IN (" + TraceUnits.marks(chunk.size()) + ")";
			Map<UUID, List<Delivery.Line>> lines = new HashMap<>();
			this.jdbc.sql(
					"SELECT delivery_id, unit_id, quantity FROM quality_delivery_line WHERE tenant_id = ? AND delivery_id"
							+ in)
				.params(params)
				.query((rs) -> {
					lines.computeIfAbsent(rs.getObject("delivery_id", UUID.class), (k) -> new ArrayList<>())
						.add(new Delivery.Line(rs.getObject("unit_id", UUID.class),
								rs.getBigDecimal("quantity").stripTrailingZeros()));
				});
			found.addAll(this.jdbc.sql("SELECT * FROM quality_delivery WHERE tenant_id = ? AND id" + in)
				.params(params)
				.query((rs, row) -> new Delivery(rs.getObject("id", UUID.class), tenant,
						rs.getString("delivery_number"), rs.getObject("customer_id", UUID.class),
						rs.getDate("delivered_on").toLocalDate(), rs.getString("recorded_by"),
						rs.getTimestamp("recorded_at").toInstant(),
						lines.getOrDefault(rs.getObject("id", UUID.class), List.of())))
				.list());
		}
		found.sort(java.util.Comparator.comparing(Delivery::deliveredOn).thenComparing(Delivery::number));
		return found;
	}

}
