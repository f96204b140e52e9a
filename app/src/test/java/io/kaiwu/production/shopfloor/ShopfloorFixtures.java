package io.kaiwu.production.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.equipment.state.MachineTimeline.Transition;
import io.kaiwu.equipment.timeline.RecordingMachineStates;
import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.ManagingWorkOrders;
import io.kaiwu.production.order.ProductionOrder;
import io.kaiwu.production.order.ProductionOrderDraft;
import io.kaiwu.production.order.WorkOrders;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh enterprise for the shop-floor tests, over the REST API: a plant in Shanghai
 * with one shift 白班 08:00–16:00 (break 12:00–12:30, 450 min working time) every day; a
 * lathe with an ideal cycle time of 30 s that ran through yesterday's shift (running from
 * 07:30, idle from 16:30); a work centre with a resource bound to the lathe; round steel
 * (kg, raw material) and a shaft (pcs, finished); 500 kg of steel on hand and its
 * supplier lot P-… in genealogy; and a production order for 600 shafts released into two
 * work orders, OP10 车削 and OP20 磨削 (the last), both on the resource.
 */
final class ShopfloorFixtures {

	static final String PASSWORD = "Settled-Passw0rd-7";

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** Yesterday in Shanghai: the shift is over, so OEE counts all of it. */
	static final LocalDate DAY = LocalDate.now(SHANGHAI).minusDays(1);

	final Api api;

	final Tenants.FreshTenant tenant;

	final String plant;

	final String lathe;

	final String workCentre;

	final String resource;

	final String kg;

	final String pcs;

	final String steel;

	final String steelCode;

	final String shaft;

	final String steelLot;

	final String steelLotNumber;

	final String productionOrder;

	final String op10;

	final String op20;

	private final WorkOrders workOrders;

	ShopfloorFixtures(Api api, RecordingMachineStates machines, ManagingProductionOrders productionOrders,
			ManagingWorkOrders workOrders) {
		this.api = api;
		this.workOrders = workOrders;
		this.tenant = Tenants.fresh(api, unique("报工企业"));
		this.plant = post("/api/v1/structure/nodes",
				Map.of("level", "SITE", "code", unique("SF"), "name", "报工工厂", "timeZone", "Asia/Shanghai"));
		String area = post("/api/v1/structure/nodes",
				Map.of("level", "AREA", "code", unique("SF-A"), "name", "机加车间", "parentId", this.plant));
		post("/api/v1/shift-calendars",
				Map.of("siteId", this.plant, "name", "单班", "workingDays",
						List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "shifts",
						List.of(Map.of("name", "白班", "start", "08:00", "end", "16:00", "breaks",
								List.of(Map.of("start", "12:00", "end", "12:30")))),
						"holidays", List.of()));
		this.lathe = post("/api/v1/equipment", Map.of("code", unique("CK"), "name", "数控车床 CK6150", "nodeId", area,
				"criticality", "A", "idealCycleTime", "PT30S"));
		TenantId tenantId = TenantId.of(UUID.fromString(this.tenant.id()));
		machines.changed(tenantId, UUID.fromString(this.lathe),
				new Transition(null, null, MachineState.RUNNING, at("07:30")));
		machines.changed(tenantId, UUID.fromString(this.lathe),
				new Transition(MachineState.RUNNING, at("07:30"), MachineState.IDLE, at("16:30")));
		this.workCentre = post("/api/v1/production/work-centres",
				Map.of("plantId", this.plant, "code", unique("WC"), "name", "车削中心"));
		this.resource = post("/api/v1/production/resources", Map.of("workCentreId", this.workCentre, "code",
				unique("R"), "name", "车床 1", "equipmentId", this.lathe, "costPerHour", 120));
		this.kg = post("/api/v1/units", Map.of("code", unique("kg"), "name", "千克", "dimension", "MASS"));
		this.pcs = post("/api/v1/units", Map.of("code", unique("pc"), "name", "件", "dimension", "COUNT"));
		this.steelCode = unique("RM");
		this.steel = post("/api/v1/items", Map.of("code", this.steelCode, "name", "42CrMo 圆钢", "kind", "RAW_MATERIAL",
				"baseUnitId", this.kg, "grade", "GENERAL"));
		this.shaft = post("/api/v1/items", Map.of("code", unique("FG"), "name", "传动轴", "kind", "FINISHED", "baseUnitId",
				this.pcs, "grade", "GENERAL"));
		Api.Answer receipt = api.post("/api/v1/production/stock/receipts", token(), Map.of("plantId", this.plant,
				"itemId", this.steel, "reason", "PURCHASE", "quantity", 500, "reference", "PO-1"));
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
		String supplier = post("/api/v1/partners", Map.of("code", unique("BP"), "name", "华北特钢", "supplier", true,
				"supplierTier", 1, "customer", false, "grade", "GENERAL"));
		this.steelLotNumber = unique("P");
		this.steelLot = post("/api/v1/quality/lots",
				Map.of("stage", "PURCHASED", "itemId", this.steel, "number", this.steelLotNumber, "quantity", "500",
						"supplierId", supplier, "supplierBatch", "HB2405", "madeAt", "2026-05-02T01:00:00Z"));
		String routing = post("/api/v1/production/routings",
				Map.of("itemId", this.shaft, "version", "A", "productFamily", "轴类", "validFrom", "2020-01-01", "steps",
						List.of(step(10, "OP10", "车削"), step(20, "OP20", "磨削"))));
		assertThat(routing).isNotBlank();
		// production's own release: one work order per routing step
		ProductionOrder order = productionOrders.create(tenantId, new ProductionOrderDraft(UUID.fromString(this.shaft),
				UUID.fromString(this.plant), new BigDecimal("600"), DAY.plusDays(10).toString(), null, 5, null));
		this.productionOrder = productionOrders.release(tenantId, order.id()).id().toString();
		List<WorkOrders.WorkOrder> released = workOrders.ofOrder(tenantId, order.id());
		assertThat(released).extracting(WorkOrders.WorkOrder::operationCode).containsExactly("OP10", "OP20");
		this.op10 = released.get(0).id().toString();
		this.op20 = released.get(1).id().toString();
	}

	private Map<String, Object> step(int sequence, String code, String name) {
		return Map.of("sequence", sequence, "operationCode", code, "name", name, "workCentreId", this.workCentre,
				"resources", List.of(Map.of("resourceId", this.resource)), "setupMinutes", 0, "runSecondsPerUnit", 30);
	}

	String token() {
		return this.tenant.adminToken();
	}

	/** A report on a work order: the answer as it came. */
	Api.Answer report(String workOrder, Map<String, ?> body) {
		return this.api.post("/api/v1/production/work-orders/" + workOrder + "/reports", token(), body);
	}

	/** A report that must be taken: the report as kept. */
	JsonNode reported(String workOrder, String kind, @Nullable String at, Map<String, ?> more) {
		Map<String, Object> body = new LinkedHashMap<>(more);
		body.put("clientReportId", UUID.randomUUID().toString());
		body.put("kind", kind);
		if (at != null) {
			body.put("at", at(at).toString());
		}
		Api.Answer answer = report(workOrder, body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json();
	}

	WorkOrders.WorkOrder workOrderNow(String workOrder) {
		return this.workOrders.workOrder(TenantId.of(UUID.fromString(this.tenant.id())), UUID.fromString(workOrder))
			.orElseThrow();
	}

	BigDecimal onHand(String item) {
		Api.Answer answer = this.api.get("/api/v1/production/stock/" + this.plant + "/" + item, token());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("onHand").decimalValue();
	}

	String post(String path, Map<String, ?> body) {
		Api.Answer answer = this.api.post(path, token(), body);
		assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	/** A time of yesterday's shift in Shanghai. */
	static Instant at(String time) {
		return OffsetDateTime.parse(DAY + "T" + time + ":00+08:00").toInstant();
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
