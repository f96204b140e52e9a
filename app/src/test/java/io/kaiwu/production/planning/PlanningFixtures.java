package io.kaiwu.production.planning;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small machining plant to plan on, made over real HTTP: two lathes that can both turn
 * (the second one 1.5 times as fast) and one grinder, no shift calendar (the resources
 * always work), shafts of family 轴类 and flanges of family 法兰 with a 30-minute changeover
 * between them on the lathes. Production orders are released with one work order per
 * routing step, as the order service releases them.
 */
final class PlanningFixtures {

	private static int counter;

	final Api api;

	final Tenants.FreshTenant tenant;

	final TenantId tenantId;

	final String plant;

	final String lathe1Machine;

	final String lathe1;

	final String lathe2;

	final String grinder;

	final String turning;

	final String grinding;

	final String shaft;

	final String flange;

	private final JdbcClient jdbc;

	/** The routing version of each item, which a released order stores. */
	private final Map<String, String> routingIds = new java.util.HashMap<>();

	PlanningFixtures(Api api, JdbcClient jdbc) {
		this.api = api;
		this.jdbc = jdbc;
		this.tenant = Tenants.fresh(api, unique("排程企业"));
		this.tenantId = TenantId.of(UUID.fromString(this.tenant.id()));
		this.plant = post("/api/v1/structure/nodes",
				Map.of("level", "SITE", "code", unique("PL"), "name", "排程工厂", "timeZone", "Asia/Shanghai"));
		String area = post("/api/v1/structure/nodes",
				Map.of("level", "AREA", "code", unique("PL-A"), "name", "机加车间", "parentId", this.plant));
		this.lathe1Machine = machine(area, "数控车床 1");
		String lathe2Machine = machine(area, "数控车床 2");
		String grinderMachine = machine(area, "外圆磨床");
		this.turning = post("/api/v1/production/work-centres",
				Map.of("plantId", this.plant, "code", unique("WC-T"), "name", "车削中心"));
		this.grinding = post("/api/v1/production/work-centres",
				Map.of("plantId", this.plant, "code", unique("WC-G"), "name", "磨削中心"));
		this.lathe1 = resource(this.turning, "L1", this.lathe1Machine);
		this.lathe2 = resource(this.turning, "L2", lathe2Machine);
		this.grinder = resource(this.grinding, "G1", grinderMachine);
		String pcs = post("/api/v1/units", Map.of("code", unique("pc"), "name", "件", "dimension", "COUNT"));
		this.shaft = post("/api/v1/items",
				Map.of("code", unique("SH"), "name", "传动轴", "kind", "FINISHED", "baseUnitId", pcs, "grade", "GENERAL"));
		this.flange = post("/api/v1/items",
				Map.of("code", unique("FL"), "name", "法兰", "kind", "FINISHED", "baseUnitId", pcs, "grade", "GENERAL"));
		this.routingIds.put(this.shaft, routing(this.shaft, "轴类"));
		this.routingIds.put(this.flange, routing(this.flange, "法兰"));
		Api.Answer matrix = api.put("/api/v1/production/setup-matrix/" + this.turning, token(),
				Map.of("entries", List.of(Map.of("fromFamily", "轴类", "toFamily", "法兰", "setupMinutes", 30),
						Map.of("fromFamily", "法兰", "toFamily", "轴类", "setupMinutes", 30))));
		assertThat(matrix.status()).as(matrix.body()).isEqualTo(200);
	}

	/**
	 * A released production order of {@code quantity} pieces due in {@code dueInDays}
	 * days, with its two work orders (turning on lathe 1, grinding); its id.
	 */
	String released(String item, int quantity, int dueInDays, int priority) {
		UUID order = UUID.randomUUID();
		LocalDate today = LocalDate.now();
		this.jdbc.sql("""
				INSERT INTO production_order (id, tenant_id, number, item_id, plant_id, quantity, start_date, due_date,
				    priority, origin, status, routing_id, routing_version, good_quantity, created_by, created_at,
				    released_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'MANUAL', 'RELEASED', ?, 'A', 0, 'test', ?, ?)""")
			.params(order, this.tenantId.value(), unique("MO"), UUID.fromString(item), UUID.fromString(this.plant),
					quantity, Date.valueOf(today), Date.valueOf(today.plusDays(dueInDays)), priority,
					UUID.fromString(this.routingIds.get(item)), Timestamp.from(Instant.now()),
					Timestamp.from(Instant.now()))
			.update();
		workOrder(order, quantity, 10, "OP10", "车削", this.turning, this.lathe1, 60, false);
		workOrder(order, quantity, 20, "OP20", "磨削", this.grinding, this.grinder, 30, true);
		return order.toString();
	}

	private void workOrder(UUID order, int quantity, int sequence, String code, String name, String workCentre,
			String resource, int runSeconds, boolean last) {
		this.jdbc.sql("""
				INSERT INTO production_work_order (id, tenant_id, number, production_order_id, sequence_no,
				    operation_code, operation_name, work_centre_id, resource_id, quantity, good_quantity,
				    scrap_quantity, setup_seconds, run_seconds_per_unit, status, last_operation, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 600, ?, 'RELEASED', ?, ?)""")
			.params(UUID.randomUUID(), this.tenantId.value(), unique("WO"), order, sequence, code, name,
					UUID.fromString(workCentre), UUID.fromString(resource), quantity, runSeconds, last,
					Timestamp.from(Instant.now()))
			.update();
	}

	private String routing(String item, String family) {
		List<Map<String, Object>> steps = new ArrayList<>();
		steps.add(
				Map.of("sequence", 10, "operationCode", "OP10", "name", "车削", "workCentreId", this.turning, "resources",
						List.of(Map.of("resourceId", this.lathe1, "speedFactor", 1),
								Map.of("resourceId", this.lathe2, "speedFactor", 1.5)),
						"setupMinutes", 10, "runSecondsPerUnit", 60));
		steps.add(Map.of("sequence", 20, "operationCode", "OP20", "name", "磨削", "workCentreId", this.grinding,
				"resources", List.of(Map.of("resourceId", this.grinder)), "setupMinutes", 10, "runSecondsPerUnit", 30));
		return post("/api/v1/production/routings", Map.of("itemId", item, "version", "A", "productFamily", family,
				"validFrom", "2020-01-01", "steps", steps));
	}

	private String machine(String area, String name) {
		return post("/api/v1/equipment", Map.of("code", unique("M"), "name", name, "nodeId", area, "criticality", "A",
				"idealCycleTime", "PT30S"));
	}

	private String resource(String workCentre, String code, String machine) {
		return post("/api/v1/production/resources", Map.of("workCentreId", workCentre, "code", unique(code), "name",
				code, "equipmentId", machine, "costPerHour", 100));
	}

	String token() {
		return this.tenant.adminToken();
	}

	String post(String path, Map<String, ?> body) {
		Api.Answer answer = this.api.post(path, token(), body);
		assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	static synchronized String unique(String prefix) {
		counter++;
		return prefix + "-" + Long.toString(System.nanoTime() % 100_000_000L, 36) + counter;
	}

}
