package io.kaiwu.production.allocation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
 * A customer order line is never covered twice: allocating it and creating a production
 * order for it both take only what is still to cover (ordered − delivered − production
 * orders not cancelled), over real HTTP and SQL.
 */
@KaiwuIntegrationTest
class LineCoverageIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	PlantFixtures f;

	JsonNode customerOrder;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.f = new PlantFixtures(this.api);
		LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
		String centre = this.f.workCentre(this.f.plant, PlantFixtures.unique("WC-T"));
		String lathe = this.f.post("/api/v1/production/resources", Map.of("workCentreId", centre, "code",
				PlantFixtures.unique("R"), "name", "数控车床", "costPerHour", "100"));
		this.f.post("/api/v1/production/routings",
				Map.of("itemId", this.f.finished, "version", "P1-A", "productFamily", "SHAFT", "validFrom",
						"2026-01-01", "steps",
						List.of(Map.of("sequence", 10, "operationCode", "OP10", "name", "精车", "workCentreId", centre,
								"resources", List.of(Map.of("resourceId", lathe)), "setupMinutes", 30,
								"runSecondsPerUnit", 60))));
		String customer = this.f.post("/api/v1/partners", Map.of("code", PlantFixtures.unique("C"), "name", "一汽解放",
				"supplier", false, "customer", true, "grade", "GENERAL"));
		Api.Answer answer = this.api.post("/api/v1/production/customer-orders", this.f.token(),
				Map.of("customerId", customer, "plantId", this.f.plant, "lines",
						List.of(Map.of("itemId", this.f.finished, "quantity", "120", "dueDate", due.toString()))));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		this.customerOrder = answer.json();
	}

	@Test
	void aLineAllocatedOnceIsRefusedTheSecondTimeUntilItsOrderIsCancelled() {
		Api.Answer first = allocate();
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("productionOrder").get("quantity").decimalValue()).isEqualByComparingTo("120");

		Api.Answer again = allocate();
		assertThat(again.status()).as(again.body()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains(number())
			.contains("订购 120")
			.contains("已覆盖 120")
			.contains("待覆盖 0");
		Api.Answer byHand = createForLine(null);
		assertThat(byHand.status()).as(byHand.body()).isEqualTo(409);
		assertThat(productionOrders()).hasSize(1);

		String made = first.json().get("productionOrder").get("id").asString();
		Api.Answer cancelled = this.api.post("/api/v1/production/production-orders/" + made + "/cancel", this.f.token(),
				Map.of());
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		Api.Answer afterCancel = allocate();
		assertThat(afterCancel.status()).as(afterCancel.body()).isEqualTo(201);
		assertThat(afterCancel.json().get("productionOrder").get("quantity").decimalValue())
			.isEqualByComparingTo("120");
	}

	@Test
	void aProductionOrderForPartOfTheLineLeavesTheRestToAllocateAndNoMore() {
		Api.Answer part = createForLine("50");
		assertThat(part.status()).as(part.body()).isEqualTo(201);
		assertThat(part.json().get("quantity").decimalValue()).isEqualByComparingTo("50");

		Api.Answer tooMuch = createForLine("80");
		assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(409);
		assertThat(tooMuch.json().get("detail").asString()).contains("待覆盖只剩 70")
			.contains("不能再安排 80")
			.contains("订购 120")
			.contains("已覆盖 50");

		Api.Answer rest = allocate();
		assertThat(rest.status()).as(rest.body()).isEqualTo(201);
		assertThat(rest.json().get("productionOrder").get("quantity").decimalValue()).isEqualByComparingTo("70");

		Api.Answer nothingLeft = createForLine("1");
		assertThat(nothingLeft.status()).as(nothingLeft.body()).isEqualTo(409);
		assertThat(nothingLeft.json().get("detail").asString()).contains("待覆盖 0");
		assertThat(productionOrders()).extracting((o) -> o.get("quantity").decimalValue().intValue())
			.containsExactlyInAnyOrder(50, 70);
	}

	@Test
	void twoPlannersAllocatingTheSameLineAtOnceMakeOneOrder() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService planners = Executors.newFixedThreadPool(2);
		try {
			List<Future<Api.Answer>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				answers.add(planners.submit(() -> {
					start.await();
					return allocate();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Api.Answer> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS).status());
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		}
		finally {
			planners.shutdownNow();
		}
		assertThat(productionOrders()).hasSize(1);
	}

	@Test
	void theAllocationPageShowsWhatIsStillToCover() {
		assertThat(createForLine("45").status()).isEqualTo(201);
		String lineId = this.customerOrder.get("lines").get(0).get("id").asString();
		PageSession session = PageSession.signIn(this.port, this.f.tenant.adminUsername(), "Settled-Passw0rd-7");
		String list = session.get("/production/allocation").body();
		assertThat(list).contains("待覆盖数量").contains("<td class=\"num to-cover\">75</td>");
		String page = session.get("/production/allocation?lineId=" + lineId).body();
		assertThat(page).contains("待覆盖 75");

		assertThat(createForLine("75").status()).isEqualTo(201);
		assertThat(session.get("/production/allocation?lineId=" + lineId).body()).contains("id=\"nothing-to-cover\"")
			.doesNotContain("id=\"allocation-options\"");
	}

	private Api.Answer allocate() {
		return this.api.post(
				"/api/v1/production/customer-orders/" + this.customerOrder.get("id").asString() + "/lines/"
						+ this.customerOrder.get("lines").get(0).get("id").asString() + "/allocation",
				this.f.token(), Map.of());
	}

	private Api.Answer createForLine(String quantity) {
		Map<String, Object> body = new HashMap<>();
		body.put("customerOrderLineId", this.customerOrder.get("lines").get(0).get("id").asString());
		if (quantity != null) {
			body.put("quantity", quantity);
		}
		return this.api.post("/api/v1/production/production-orders", this.f.token(), body);
	}

	private String number() {
		return this.customerOrder.get("number").asString();
	}

	private List<JsonNode> productionOrders() {
		JsonNode items = this.api.get("/api/v1/production/production-orders", this.f.token()).json().get("items");
		return items.valueStream().toList();
	}

}
