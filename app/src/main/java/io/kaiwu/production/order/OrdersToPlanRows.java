package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.production.routing.Routings;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Released production orders with their unfinished work orders, for scheduling. A work
 * order's alternative resources come from the step of the same sequence in the routing
 * version the order was released on (its stored routing id); a started one stays on its
 * own resource. The open quantity is the quantity less what was reported good or
 * scrapped.
 */
@Component
class OrdersToPlanRows implements OrdersToPlan {

	private final JdbcClient jdbc;

	private final Routings routings;

	OrdersToPlanRows(JdbcClient jdbc, Routings routings) {
		this.jdbc = jdbc;
		this.routings = routings;
	}

	/** One joined row. */
	private record Row(UUID orderId, String orderNumber, UUID itemId, UUID plantId, LocalDate startDate,
			LocalDate dueDate, int priority, @Nullable UUID routingId, UUID workOrderId, String number, int sequence,
			String operationCode, UUID workCentreId, UUID resourceId, BigDecimal open, long setupSeconds,
			BigDecimal runSeconds, String status, Timestamp startedAt) {
	}

	@Override
	public List<OrderToPlan> released(TenantId tenant) {
		List<Row> rows = this.jdbc
			.sql("""
					SELECT po.id AS order_id, po.number AS order_number, po.item_id, po.plant_id, po.start_date, po.due_date,
					    po.priority, po.routing_id, wo.id AS work_order_id, wo.number, wo.sequence_no, wo.operation_code,
					    wo.work_centre_id, wo.resource_id, wo.quantity, wo.good_quantity, wo.scrap_quantity,
					    wo.setup_seconds, wo.run_seconds_per_unit, wo.status, wo.started_at
					FROM production_order po JOIN production_work_order wo ON wo.production_order_id = po.id
					WHERE po.tenant_id = ? AND wo.tenant_id = ? AND po.status = 'RELEASED' AND wo.status <> 'FINISHED'
					ORDER BY po.due_date, po.number, wo.sequence_no""")
			.params(tenant.value(), tenant.value())
			.query((rs, n) -> new Row(rs.getObject("order_id", UUID.class), rs.getString("order_number"),
					rs.getObject("item_id", UUID.class), rs.getObject("plant_id", UUID.class),
					rs.getDate("start_date").toLocalDate(), rs.getDate("due_date").toLocalDate(), rs.getInt("priority"),
					rs.getObject("routing_id", UUID.class), rs.getObject("work_order_id", UUID.class),
					rs.getString("number"), rs.getInt("sequence_no"), rs.getString("operation_code"),
					rs.getObject("work_centre_id", UUID.class), rs.getObject("resource_id", UUID.class),
					rs.getBigDecimal("quantity")
						.subtract(rs.getBigDecimal("good_quantity"))
						.subtract(rs.getBigDecimal("scrap_quantity"))
						.max(BigDecimal.ZERO),
					rs.getLong("setup_seconds"), rs.getBigDecimal("run_seconds_per_unit"), rs.getString("status"),
					rs.getTimestamp("started_at")))
			.list();
		Map<UUID, List<Row>> byOrder = new LinkedHashMap<>();
		rows.forEach((r) -> byOrder.computeIfAbsent(r.orderId(), (o) -> new ArrayList<>()).add(r));
		List<OrderToPlan> orders = new ArrayList<>();
		// many orders share a routing version: read each version once
		Map<UUID, Optional<Routings.Routing>> routingsRead = new HashMap<>();
		for (List<Row> steps : byOrder.values()) {
			Row first = steps.get(0);
			Optional<Routings.Routing> routing = (first.routingId() != null)
					? routingsRead.computeIfAbsent(first.routingId(), (id) -> this.routings.routing(tenant, id))
					: Optional.empty();
			Map<Integer, Routings.Step> bySequence = new HashMap<>();
			routing.ifPresent((r) -> r.steps().forEach((s) -> bySequence.put(s.sequence(), s)));
			List<Step> planned = steps.stream().map((r) -> step(r, bySequence.get(r.sequence()))).toList();
			orders.add(new OrderToPlan(first.orderId(), first.orderNumber(), first.itemId(), first.plantId(),
					routing.map(Routings.Routing::productFamily).orElse(""), first.startDate(), first.dueDate(),
					first.priority(), planned));
		}
		return orders;
	}

	private static Step step(Row r, Routings.Step routed) {
		boolean started = "RUNNING".equals(r.status()) || "PAUSED".equals(r.status());
		List<Alternative> resources = new ArrayList<>();
		if (routed != null) {
			routed.resources().forEach((a) -> resources.add(new Alternative(a.resourceId(), a.speedFactor())));
		}
		if (r.resourceId() != null) {
			Alternative own = resources.stream()
				.filter((a) -> a.resourceId().equals(r.resourceId()))
				.findFirst()
				.orElse(new Alternative(r.resourceId(), BigDecimal.ONE));
			resources.remove(own);
			resources.add(0, own);
		}
		List<Alternative> usable = started ? resources.subList(0, Math.min(1, resources.size())) : resources;
		long runMillis = r.runSeconds()
			.multiply(BigDecimal.valueOf(1000))
			.setScale(0, RoundingMode.HALF_UP)
			.longValue();
		return new Step(r.workOrderId(), r.number(), r.sequence(), r.operationCode(), r.workCentreId(), usable,
				r.open(), Duration.ofSeconds(r.setupSeconds()), Duration.ofMillis(runMillis),
				(routed != null) ? routed.transferBatch() : null, started,
				(r.startedAt() != null) ? r.startedAt().toInstant() : null);
	}

}
