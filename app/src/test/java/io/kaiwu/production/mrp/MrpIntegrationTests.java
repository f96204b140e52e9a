package io.kaiwu.production.mrp;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.production.resource.PlantFixtures;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a customer order to work orders over real HTTP and SQL: the finished shaft is made
 * of 2 rough-turned parts (5 % scrap), each made of 2.5 kg of steel (4 % scrap); the
 * plant works every day. 100 shafts are ordered for 30 days ahead with 20 in stock. MRP
 * plans 80 shafts, 168 parts and 436.8 kg of steel plus 10 kg of safety stock (too late
 * to order in time: flagged); the shaft's planned order is firmed, released into one work
 * order per routing step, and finished through its work orders.
 */
@KaiwuIntegrationTest
class MrpIntegrationTests {

	@LocalServerPort
	int port;

	private Api api;

	private PlantFixtures f;

	private LocalDate today;

	private LocalDate due;

	private String customer;

	@BeforeEach
	void enterprise() {
		this.api = new Api(this.port);
		this.f = new PlantFixtures(this.api);
		this.today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		this.due = this.today.plusDays(30);
		this.customer = this.f.post("/api/v1/partners", Map.of("code", PlantFixtures.unique("C"), "name", "一汽解放",
				"supplier", false, "customer", true, "grade", "GENERAL"));
		String turning = this.f.workCentre(this.f.plant, PlantFixtures.unique("WC-T"));
		String milling = this.f.workCentre(this.f.plant, PlantFixtures.unique("WC-M"));
		String lathe = this.f.resource(turning, PlantFixtures.unique("R-CK"), this.f.lathe);
		String mill = this.f.resource(milling, PlantFixtures.unique("R-VMC"), this.f.mill);
		this.f.post("/api/v1/production/routings",
				Map.of("itemId", this.f.finished, "version", "A", "productFamily", "SHAFT", "validFrom", "2026-01-01",
						"steps", List.of(step(10, "OP10", turning, lathe), step(20, "OP20", milling, mill))));
		this.f.post("/api/v1/production/boms",
				Map.of("itemId", this.f.finished, "version", "A", "validFrom", "2026-01-01", "lines",
						List.of(Map.of("componentItemId", this.f.semi, "quantity", "2", "scrapPercent", "5"))));
		this.f.post("/api/v1/production/boms", Map.of("itemId", this.f.semi, "version", "1", "validFrom", "2026-01-01",
				"lines", List.of(Map.of("componentItemId", this.f.steel, "quantity", "2.5", "scrapPercent", "4"))));
		plan(this.f.finished, "MAKE", 2, "LOT_FOR_LOT", null, "0");
		plan(this.f.semi, "MAKE", 1, "LOT_FOR_LOT", null, "0");
		plan(this.f.steel, "BUY", 5, "LOT_FOR_LOT", null, "10");
		Api.Answer stocked = this.api.post("/api/v1/production/stock/receipts", this.f.token(),
				Map.of("plantId", this.f.plant, "itemId", this.f.finished, "reason", "PRODUCTION", "quantity", 20,
						"reference", "MO-OLD"));
		assertThat(stocked.status()).as(stocked.body()).isEqualTo(201);
	}

	@Test
	void orderThroughMrpFirmAndReleaseToWorkOrders() {
		this.f.post("/api/v1/production/customer-orders", Map.of("customerId", this.customer, "plantId", this.f.plant,
				"lines", List.of(line(this.f.finished, "100", this.due))));

		JsonNode run = run();
		assertThat(run.get("inputs").get("demands").asInt()).isEqualTo(1);
		Map<String, JsonNode> byItem = plannedByItem(run);
		JsonNode shafts = byItem.get(this.f.finished);
		assertThat(shafts.get("quantity").decimalValue()).isEqualByComparingTo("80");
		assertThat(shafts.get("receiptDate").asString()).isEqualTo(this.due.toString());
		assertThat(shafts.get("releaseDate").asString()).isEqualTo(this.due.minusDays(2).toString());
		assertThat(shafts.get("pegs").get(0).get("demand").get("kind").asString()).isEqualTo("CUSTOMER_ORDER_LINE");
		assertThat(shafts.get("pegs").get(0).get("quantity").decimalValue()).isEqualByComparingTo("80");
		assertThat(byItem.get(this.f.semi).get("quantity").decimalValue()).isEqualByComparingTo("168");
		List<String> steel = new ArrayList<>();
		run.get("plannedOrders").forEach((p) -> {
			if (p.get("itemId").asString().equals(this.f.steel)) {
				steel.add(p.get("quantity").decimalValue().stripTrailingZeros().toPlainString() + "@"
						+ p.get("receiptDate").asString());
			}
		});
		assertThat(steel).containsExactlyInAnyOrder("10@" + this.today, "436.8@" + this.due.minusDays(3));
		assertThat(run.get("messages")).hasSize(1);
		assertThat(run.get("messages").get(0).get("kind").asString()).isEqualTo("LATE_RELEASE");
		assertThat(run.get("messages").get(0).get("itemId").asString()).isEqualTo(this.f.steel);

		// firm the shafts into a production order and release it
		String runId = run.get("id").asString();
		Api.Answer firmed = this.api.post(
				"/api/v1/production/mrp/runs/" + runId + "/planned-orders/" + shafts.get("number").asInt() + "/firm",
				this.f.token(), Map.of());
		assertThat(firmed.status()).as(firmed.body()).isEqualTo(201);
		String number = firmed.json().get("firmedAs").asString();
		assertThat(number).startsWith("MO-");
		Api.Answer again = this.api.post(
				"/api/v1/production/mrp/runs/" + runId + "/planned-orders/" + shafts.get("number").asInt() + "/firm",
				this.f.token(), Map.of());
		assertThat(again.status()).isEqualTo(409);
		JsonNode order = this.api.get("/api/v1/production/production-orders?status=CREATED", this.f.token())
			.json()
			.get("items")
			.get(0);
		assertThat(order.get("number").asString()).isEqualTo(number);
		assertThat(order.get("origin").asString()).isEqualTo("MRP");
		String orderId = order.get("id").asString();
		Api.Answer released = this.api.post("/api/v1/production/production-orders/" + orderId + "/release",
				this.f.token(), Map.of());
		assertThat(released.status()).as(released.body()).isEqualTo(200);
		JsonNode workOrders = released.json().get("workOrders");
		assertThat(workOrders).hasSize(2);
		assertThat(workOrders.get(0).get("number").asString()).isEqualTo(number + "/10");
		assertThat(workOrders.get(0).get("operationCode").asString()).isEqualTo("OP10");
		assertThat(workOrders.get(0).get("lastOperation").asBoolean()).isFalse();
		assertThat(workOrders.get(1).get("lastOperation").asBoolean()).isTrue();
		assertThat(workOrders.get(1).get("quantity").decimalValue()).isEqualByComparingTo("80");
		assertThat(workOrders.get(0).get("resourceId").isNull()).isFalse();

		// a second run sees the released order as a scheduled receipt: no more shafts or
		// parts planned; the parts of a released order are not exploded again
		Map<String, JsonNode> second = plannedByItem(run());
		assertThat(second).doesNotContainKeys(this.f.finished, this.f.semi);

		// the shop floor finishes both work orders: the production order is finished
		progress(workOrders.get(0).get("id").asString(), "FINISHED", "80");
		JsonNode last = progress(workOrders.get(1).get("id").asString(), "RUNNING", "50");
		assertThat(last.get("status").asString()).isEqualTo("RUNNING");
		progress(workOrders.get(1).get("id").asString(), "FINISHED", "29");
		JsonNode finished = this.api.get("/api/v1/production/production-orders/" + orderId, this.f.token()).json();
		assertThat(finished.get("order").get("status").asString()).isEqualTo("FINISHED");
		assertThat(finished.get("order").get("goodQuantity").decimalValue()).isEqualByComparingTo("79");
		Api.Answer afterFinish = this.api.post(
				"/api/v1/production/work-orders/" + workOrders.get(1).get("id").asString() + "/progress",
				this.f.token(), Map.of("status", "RUNNING", "goodQuantity", 1, "at", "2026-06-01T08:00:00Z"));
		assertThat(afterFinish.status()).isEqualTo(409);
	}

	@Test
	void anUnknownItemIsRefusedNamingTheLine() {
		String ghost = UUID.randomUUID().toString();
		Api.Answer answer = this.api.post("/api/v1/production/customer-orders", this.f.token(),
				Map.of("customerId", this.customer, "plantId", this.f.plant, "lines",
						List.of(line(this.f.finished, "5", this.due), line(ghost, "3", this.due))));
		assertThat(answer.status()).isEqualTo(400);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("lines[1].itemId");
		assertThat(error.get("message").asString()).contains("2").contains(ghost);
		assertThat(answer.json().get("errors")).hasSize(1);
	}

	@Test
	void releaseWithoutARoutingIsRefusedNamingTheItem() {
		JsonNode order = this.api
			.post("/api/v1/production/production-orders", this.f.token(),
					Map.of("itemId", this.f.semi, "plantId", this.f.plant, "quantity", 10, "dueDate",
							this.due.toString()))
			.json();
		Api.Answer refused = this.api.post(
				"/api/v1/production/production-orders/" + order.get("id").asString() + "/release", this.f.token(),
				Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains(this.f.itemCode(this.f.semi));
	}

	private JsonNode run() {
		Api.Answer run = this.api.post("/api/v1/production/mrp/runs", this.f.token(), Map.of("plantId", this.f.plant));
		assertThat(run.status()).as(run.body()).isEqualTo(201);
		return run.json();
	}

	private JsonNode progress(String workOrder, String status, String good) {
		Api.Answer answer = this.api.post("/api/v1/production/work-orders/" + workOrder + "/progress", this.f.token(),
				Map.of("status", status, "goodQuantity", new java.math.BigDecimal(good), "scrapQuantity", 0, "at",
						"2026-06-01T08:00:00Z"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static Map<String, JsonNode> plannedByItem(JsonNode run) {
		Map<String, JsonNode> byItem = new HashMap<>();
		run.get("plannedOrders").forEach((p) -> byItem.putIfAbsent(p.get("itemId").asString(), p));
		return byItem;
	}

	private void plan(String item, String procurement, int lead, String rule, String lot, String safety) {
		Map<String, Object> body = new HashMap<>(Map.of("plantId", this.f.plant, "itemId", item, "procurement",
				procurement, "leadTimeDays", lead, "lotRule", rule, "safetyStock", safety));
		if (lot != null) {
			body.put("lotQuantity", lot);
		}
		Api.Answer answer = this.api.put("/api/v1/production/item-planning", this.f.token(), body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
	}

	private static Map<String, Object> line(String item, String quantity, LocalDate due) {
		return Map.of("itemId", item, "quantity", quantity, "dueDate", due.toString());
	}

	private static Map<String, Object> step(int sequence, String code, String centre, String resource) {
		return Map.of("sequence", sequence, "operationCode", code, "name", "工序 " + code, "workCentreId", centre,
				"resources", List.of(Map.of("resourceId", resource, "speedFactor", "1")), "setupMinutes", "15",
				"runSecondsPerUnit", "90");
	}

}
