package io.kaiwu.production.allocation;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.production.resource.PlantFixtures;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-plant allocation over real HTTP and SQL. Plant P1 works a day shift (7.5 h a day)
 * on a lathe at 100 an hour, plant P2 works around the clock on a lathe at 150 an hour;
 * each has its own routing of the shaft: 30 minutes setup and 60 seconds a piece. 120
 * pieces take 2.5 h: 250 in P1, 375 in P2.
 */
@KaiwuIntegrationTest
class AllocationIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	PlantFixtures f;

	String cheapLathe;

	String dearLathe;

	LocalDate due;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.f = new PlantFixtures(this.api);
		this.due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
		String near = this.f.workCentre(this.f.plant, PlantFixtures.unique("WC-T1"));
		String far = this.f.workCentre(this.f.otherPlant, PlantFixtures.unique("WC-T2"));
		this.cheapLathe = resource(near, "100");
		this.dearLathe = resource(far, "150");
		routing("P1-A", near, this.cheapLathe);
		routing("P2-A", far, this.dearLathe);
	}

	@Test
	void theCheaperPlantWinsUntilItIsFullThenTheLineGoesToTheDearerOneAndIsPlannedThere() {
		JsonNode both = options(120);
		assertThat(both).hasSize(2);
		JsonNode first = both.get(0);
		assertThat(first.get("plantCode").asString()).isEqualTo("P1");
		assertThat(first.get("verdict").asString()).isEqualTo("BEST");
		assertThat(first.get("cost").decimalValue()).isEqualByComparingTo("250");
		assertThat(first.get("requiredHours").decimalValue()).isEqualByComparingTo("2.5");
		assertThat(first.get("loadHours").decimalValue()).isEqualByComparingTo("0");
		assertThat(first.get("onTime").asBoolean()).isTrue();
		assertThat(first.get("why").asString()).contains("成本最低");
		JsonNode second = both.get(1);
		assertThat(second.get("plantCode").asString()).isEqualTo("P2");
		assertThat(second.get("verdict").asString()).isEqualTo("DEARER");
		assertThat(second.get("cost").decimalValue()).isEqualByComparingTo("375");
		assertThat(second.get("why").asString()).contains("125");
		// P2 never stops: more than ten whole days until the end of the due date
		assertThat(second.get("availableHours").decimalValue()).isGreaterThan(new java.math.BigDecimal("240"));

		// 6000 pieces released in P1: 30 min + 6000 min = 100.5 h queued on its lathe,
		// more than its 7.5 h a day can work off in ten days
		String big = post("/api/v1/production/production-orders", Map.of("itemId", this.f.finished, "plantId",
				this.f.plant, "quantity", 6000, "dueDate", this.due.plusDays(30).toString()));
		release(big);
		JsonNode full = options(120);
		assertThat(full.get(0).get("plantCode").asString()).isEqualTo("P2");
		assertThat(full.get(0).get("verdict").asString()).isEqualTo("BEST");
		assertThat(full.get(1).get("plantCode").asString()).isEqualTo("P1");
		assertThat(full.get(1).get("verdict").asString()).isEqualTo("LATE");
		assertThat(full.get(1).get("loadHours").decimalValue()).isEqualByComparingTo("100.5");
		assertThat(full.get(1).get("freeHours").decimalValue()).isEqualByComparingTo("0");
		assertThat(full.get(1).get("onTime").asBoolean()).isFalse();
		assertThat(full.get(1).get("lateHours").decimalValue()).isPositive();

		// the customer order names P1, the allocation makes it in P2
		JsonNode customerOrder = customerOrder("120");
		Api.Answer allocated = this.api.post(allocation(customerOrder), this.f.token(), Map.of());
		assertThat(allocated.status()).as(allocated.body()).isEqualTo(201);
		JsonNode order = allocated.json().get("productionOrder");
		assertThat(order.get("plantId").asString()).isEqualTo(this.f.otherPlant);
		assertThat(order.get("origin").asString()).isEqualTo("CUSTOMER_ORDER");
		assertThat(order.get("quantity").decimalValue()).isEqualByComparingTo("120");
		assertThat(allocated.json().get("chosen").get("plantCode").asString()).isEqualTo("P2");

		JsonNode released = release(order.get("id").asString());
		assertThat(released.get("order").get("routingVersion").asString()).isEqualTo("P2-A");
		assertThat(released.get("workOrders").get(0).get("resourceId").asString()).isEqualTo(this.dearLathe);
		Api.Answer planned = this.api.post("/api/v1/production/schedules", this.f.token(), Map.of());
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);
		List<String> resources = new ArrayList<>();
		planned.json().get("rows").forEach((r) -> {
			if (r.get("productionOrderId").asString().equals(order.get("id").asString())) {
				resources.add(r.get("resourceId").asString());
			}
		});
		assertThat(resources).containsExactly(this.dearLathe);
	}

	@Test
	void thePlannerMayChooseAnotherPlantThatCanMakeIt() {
		JsonNode customerOrder = customerOrder("50");
		String third = this.f.post("/api/v1/structure/nodes",
				Map.of("level", "SITE", "code", "P3", "name", "三厂", "timeZone", "Asia/Shanghai"));
		Api.Answer refused = this.api.post(allocation(customerOrder), this.f.token(), Map.of("plantId", third));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("plantId");
		assertThat(error.get("message").asString()).contains("P3").contains(this.f.itemCode(this.f.finished));

		Api.Answer chosen = this.api.post(allocation(customerOrder), this.f.token(),
				Map.of("plantId", this.f.otherPlant));
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(201);
		assertThat(chosen.json().get("productionOrder").get("plantId").asString()).isEqualTo(this.f.otherPlant);
		assertThat(chosen.json().get("chosen").get("rank").asInt()).isEqualTo(2);
	}

	@Test
	void anUnknownItemOrOneNoPlantCanMakeIsAProblemThatSaysSo() {
		Api.Answer unknown = this.api.get("/api/v1/production/allocations?itemId=" + java.util.UUID.randomUUID()
				+ "&quantity=1&dueDate=" + this.due, this.f.token());
		assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("itemId");

		Api.Answer nowhere = this.api.get(
				"/api/v1/production/allocations?itemId=" + this.f.semi + "&quantity=1&dueDate=" + this.due,
				this.f.token());
		assertThat(nowhere.status()).as(nowhere.body()).isEqualTo(409);
		assertThat(nowhere.json().get("detail").asString()).contains(this.f.itemCode(this.f.semi));

		Api.Answer empty = this.api.get("/api/v1/production/allocations?itemId=" + this.f.finished + "&quantity=0",
				this.f.token());
		assertThat(empty.status()).as(empty.body()).isEqualTo(400);
		assertThat(empty.json().get("errors")).extracting((e) -> e.get("field").asString())
			.containsExactlyInAnyOrder("quantity", "dueDate");
	}

	@Test
	void thePagePutsTheCheaperPlantFirstAndItsButtonMakesTheOrderInThePlantClicked() {
		JsonNode customerOrder = customerOrder("120");
		String lineId = customerOrder.get("lines").get(0).get("id").asString();
		PageSession session = PageSession.signIn(this.port, this.f.tenant.adminUsername(), "Settled-Passw0rd-7");

		String list = session.get("/production/allocation").body();
		assertThat(list).contains("id=\"open-lines\"").contains(customerOrder.get("number").asString());
		String page = session.get("/production/allocation?lineId=" + lineId).body();
		assertThat(page).contains("id=\"allocation-options\"").contains("成本最低");
		assertThat(page.indexOf("data-plant=\"P1\"")).isPositive().isLessThan(page.indexOf("data-plant=\"P2\""));

		assertThat(session.get("/production/allocation?lang=en&lineId=" + lineId).body()).contains("Plant allocation")
			.contains("cheapest");
		session.get("/production/allocation?lang=zh-CN");

		String action = "/production/allocation/" + customerOrder.get("id").asString() + "/lines/" + lineId;
		HttpResponse<String> made = session.post(action, "/production/allocation?lineId=" + lineId,
				Map.of("plantId", this.f.otherPlant, "_csrf", PageSession.csrf(page)));
		assertThat(made.statusCode()).isEqualTo(302);
		String after = session.get("/production/allocation").body();
		JsonNode orders = this.api.get("/api/v1/production/production-orders", this.f.token()).json().get("items");
		assertThat(orders).hasSize(1);
		assertThat(after).contains("id=\"allocated\"")
			.contains("P2 二厂")
			.contains(orders.get(0).get("number").asString() + " @P2");
		assertThat(orders.get(0).get("plantId").asString()).isEqualTo(this.f.otherPlant);
		assertThat(orders.get(0).get("customerOrderLineId").asString()).isEqualTo(lineId);

	}

	private JsonNode options(int quantity) {
		Api.Answer answer = this.api.get("/api/v1/production/allocations?itemId=" + this.f.finished + "&quantity="
				+ quantity + "&dueDate=" + this.due, this.f.token());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private JsonNode customerOrder(String quantity) {
		String customer = post("/api/v1/partners", Map.of("code", PlantFixtures.unique("C"), "name", "一汽解放", "supplier",
				false, "customer", true, "grade", "GENERAL"));
		Api.Answer answer = this.api.post("/api/v1/production/customer-orders", this.f.token(), Map.of("customerId",
				customer, "plantId", this.f.plant, "lines",
				List.of(Map.of("itemId", this.f.finished, "quantity", quantity, "dueDate", this.due.toString()))));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json();
	}

	private static String allocation(JsonNode customerOrder) {
		return "/api/v1/production/customer-orders/" + customerOrder.get("id").asString() + "/lines/"
				+ customerOrder.get("lines").get(0).get("id").asString() + "/allocation";
	}

	private JsonNode release(String order) {
		Api.Answer answer = this.api.post("/api/v1/production/production-orders/" + order + "/release", this.f.token(),
				Map.of());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private String resource(String workCentre, String costPerHour) {
		return post("/api/v1/production/resources", Map.of("workCentreId", workCentre, "code",
				PlantFixtures.unique("R"), "name", "数控车床", "costPerHour", costPerHour));
	}

	private void routing(String version, String workCentre, String resource) {
		post("/api/v1/production/routings",
				Map.of("itemId", this.f.finished, "version", version, "productFamily", "SHAFT", "validFrom",
						"2026-01-01", "steps",
						List.of(Map.of("sequence", 10, "operationCode", "OP10", "name", "精车", "workCentreId",
								workCentre, "resources", List.of(Map.of("resourceId", resource)), "setupMinutes", 30,
								"runSecondsPerUnit", 60))));
	}

	private String post(String path, Map<String, ?> body) {
		return this.f.post(path, body);
	}

}
