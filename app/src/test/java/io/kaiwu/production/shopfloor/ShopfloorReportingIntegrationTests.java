package io.kaiwu.production.shopfloor;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.equipment.timeline.RecordingMachineStates;
import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.ManagingWorkOrders;
import io.kaiwu.production.order.ProductionOrder;
import io.kaiwu.production.order.ProductionOrderDraft;
import io.kaiwu.production.order.WorkOrders;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Shop-floor reporting over real HTTP and SQL, on {@link ShopfloorFixtures}: a report's
 * units reach the lathe's OEE, its lots reach genealogy so a finished lot traces back to
 * the supplier's steel, stock moves with it (or the whole report is refused), and a
 * report sent twice is kept once.
 */
@KaiwuIntegrationTest
@RecordApplicationEvents
class ShopfloorReportingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RecordingMachineStates machines;

	@Autowired
	ManagingProductionOrders productionOrders;

	@Autowired
	ManagingWorkOrders workOrders;

	@Autowired
	ReportingProgress reporting;

	@Autowired
	ApplicationEvents events;

	private ShopfloorFixtures f;

	@BeforeEach
	void enterprise() {
		this.f = new ShopfloorFixtures(new Api(this.port), this.machines, this.productionOrders, this.workOrders);
	}

	/**
	 * The lathe ran the whole shift (450 min planned production, 450 min run) and its
	 * counters showed nothing. OP10 starts at 08:00, reports 300 good and 6 scrapped at
	 * 12:00 and finishes with 290 more good at 16:00: 590 good of 596 parts. With an
	 * ideal cycle time of 0.5 min: performance = 0.5 × 596 / 450, quality = 590 / 596,
	 * OEE = 0.5 × 590 / 450 = 0.65556.
	 */
	@Test
	void reportedUnitsBecomeTheLathesOeeOverThePeriodsSinceThePreviousReport() {
		JsonNode before = shift();
		assertThat(before.get("goodCount").asLong()).isZero();
		assertThat(before.get("countSource").asString()).isEqualTo("COUNTER");
		assertThat(before.get("oee").asDouble()).isZero();

		this.f.reported(this.f.op10, "START", "08:00", Map.of());
		JsonNode first = this.f.reported(this.f.op10, "OUTPUT", "12:00",
				Map.of("goodQuantity", 300, "scrapQuantity", 6, "scrapReason", "DIMENSION"));
		assertThat(first.get("periodStart").asString()).isEqualTo(ShopfloorFixtures.at("08:00").toString());
		assertThat(first.get("equipmentId").asString()).isEqualTo(this.f.lathe);
		JsonNode finish = this.f.reported(this.f.op10, "FINISH", "16:00", Map.of("goodQuantity", 290));
		assertThat(finish.get("periodStart").asString()).isEqualTo(ShopfloorFixtures.at("12:00").toString());

		JsonNode after = await().atMost(Duration.ofSeconds(20))
			.until(this::shift, (s) -> s.get("goodCount").asLong() == 590);
		assertThat(after.get("countSource").asString()).isEqualTo("REPORTED");
		assertThat(after.get("rejectCount").asLong()).isEqualTo(6);
		assertThat(after.get("plannedProductionMinutes").asDouble()).isEqualTo(450.0);
		assertThat(after.get("runMinutes").asDouble()).isEqualTo(450.0);
		assertThat(after.get("availability").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(after.get("performance").asDouble()).isCloseTo(0.5 * 596 / 450, within(1e-9));
		assertThat(after.get("quality").asDouble()).isCloseTo(590.0 / 596, within(1e-9));
		assertThat(after.get("oee").asDouble()).isCloseTo(0.5 * 590 / 450, within(1e-9));

		// the machine's parts list shows the two reported periods
		String from = ShopfloorFixtures.DAY + "T00:00:00%2B08:00";
		String to = ShopfloorFixtures.DAY.plusDays(1) + "T00:00:00%2B08:00";
		JsonNode parts = this.f.api
			.get("/api/v1/equipment/" + this.f.lathe + "/parts?from=" + from + "&to=" + to, this.f.token())
			.json();
		assertThat(parts).hasSize(2);
		assertThat(parts.findValuesAsString("source")).containsOnly("REPORTED");
	}

	/**
	 * OP10 turns 150 kg of the supplier's steel into 300 blanks (a WIP lot numbered from
	 * the work order); OP20, the last operation, grinds them into 298 good shafts (lot
	 * named by the operator) and scraps 2. The finished lot traces back through the WIP
	 * lot to the steel lot and its supplier; the steel was issued from stock and the
	 * shafts received into it.
	 */
	@Test
	void aFinishedLotTracesBackToTheConsumedSteelAndStockMovesWithTheReports() {
		this.f.reported(this.f.op10, "START", "08:00", Map.of("operator", "A017 张三"));
		JsonNode blanks = this.f.reported(this.f.op10, "FINISH", "10:00", Map.of("goodQuantity", 300, "consumed",
				List.of(Map.of("itemCode", this.f.steelCode, "lotNumber", this.f.steelLotNumber, "quantity", 150))));
		String blanksNumber = blanks.get("lotNumber").asString();
		assertThat(blanksNumber).endsWith("-01");
		JsonNode blanksLot = lot(blanks.get("lotId").asString());
		assertThat(blanksLot.get("stage").asString()).isEqualTo("WIP");
		assertThat(blanksLot.get("quantity").decimalValue()).isEqualByComparingTo("300");
		assertThat(this.f.onHand(this.f.steel)).isEqualByComparingTo("350");

		this.f.reported(this.f.op20, "START", "10:30", Map.of("operator", "B022 李四"));
		String finishedNumber = ShopfloorFixtures.unique("FG");
		JsonNode shafts = this.f.reported(this.f.op20, "FINISH", "15:00",
				Map.of("goodQuantity", 298, "scrapQuantity", 2, "scrapReason", "SURFACE", "lotNumber", finishedNumber,
						"operator", "B022 李四", "consumed",
						List.of(Map.of("itemId", this.f.shaft, "lotNumber", blanksNumber, "quantity", 300))));
		assertThat(shafts.get("statusAfter").asString()).isEqualTo("FINISHED");
		String finishedLot = shafts.get("lotId").asString();
		assertThat(lot(finishedLot).get("stage").asString()).isEqualTo("FINISHED");

		Api.Answer trace = this.f.api.get("/api/v1/quality/lots/" + finishedLot + "/trace", this.f.token());
		assertThat(trace.status()).as(trace.body()).isEqualTo(200);
		Set<String> ids = new HashSet<>();
		trace.json().get("nodes").forEach((n) -> ids.add(n.get("id").asString()));
		assertThat(ids).contains(finishedLot, blanks.get("lotId").asString(), this.f.steelLot);
		JsonNode op20 = null;
		for (JsonNode s : trace.json().get("steps")) {
			if (s.get("operation").asString().startsWith("OP20")) {
				op20 = s;
			}
		}
		assertThat(op20).as(trace.body()).isNotNull();
		assertThat(op20.get("operator").asString()).isEqualTo("B022 李四");
		assertThat(op20.get("workOrder").asString()).isEqualTo(shafts.get("workOrderNumber").asString());

		// the shafts are in stock (the blanks, work in process, never were), the steel
		// lot
		// has 350 kg left
		assertThat(this.f.onHand(this.f.shaft)).isEqualByComparingTo("298");
		assertThat(this.f.onHand(this.f.steel)).isEqualByComparingTo("350");
		assertThat(lot(this.f.steelLot).get("remaining").decimalValue()).isEqualByComparingTo("350");
		WorkOrders.WorkOrder op20Now = this.f.workOrderNow(this.f.op20);
		assertThat(op20Now.goodQuantity()).isEqualByComparingTo("298");
		assertThat(op20Now.scrapQuantity()).isEqualByComparingTo("2");
	}

	@Test
	void notEnoughOnHandRefusesTheWholeReportWithTheFigures() {
		this.f.reported(this.f.op10, "START", "08:00", Map.of());
		Api.Answer refused = this.f.report(this.f.op10, Map.of("clientReportId", UUID.randomUUID().toString(), "kind",
				"OUTPUT", "goodQuantity", 100, "at", ShopfloorFixtures.at("09:00").toString(), "consumed",
				List.of(Map.of("itemCode", this.f.steelCode, "lotNumber", this.f.steelLotNumber, "quantity", 600))));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("consumed[0].quantity").contains("600").contains("500").contains("42CrMo");

		// nothing of it was kept: no report, no units, no lot, no stock moved
		assertThat(history(this.f.op10)).hasSize(1);
		assertThat(this.f.workOrderNow(this.f.op10).goodQuantity()).isZero();
		assertThat(this.f.onHand(this.f.steel)).isEqualByComparingTo("500");
		assertThat(lot(this.f.steelLot).get("remaining").decimalValue()).isEqualByComparingTo("500");
	}

	@Test
	void theSameClientReportIdSentTwiceIsKeptOnceAndAnsweredWithTheFirstResult() {
		this.f.reported(this.f.op10, "START", "08:00", Map.of());
		Map<String, Object> body = Map.of("clientReportId", UUID.randomUUID().toString(), "kind", "OUTPUT",
				"goodQuantity", 40, "at", ShopfloorFixtures.at("09:00").toString(), "consumed",
				List.of(Map.of("itemCode", this.f.steelCode, "lotNumber", this.f.steelLotNumber, "quantity", 20)));
		Api.Answer first = this.f.report(this.f.op10, body);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		Api.Answer again = this.f.report(this.f.op10, body);
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(again.json().get("lotNumber").asString()).isEqualTo(first.json().get("lotNumber").asString());

		assertThat(history(this.f.op10)).hasSize(2);
		assertThat(this.f.workOrderNow(this.f.op10).goodQuantity()).isEqualByComparingTo("40");
		assertThat(this.f.onHand(this.f.steel)).isEqualByComparingTo("480");
		assertThat(lot(this.f.steelLot).get("remaining").decimalValue()).isEqualByComparingTo("480");

		// the id is the report's, not the work order's: reused elsewhere it is refused
		Api.Answer elsewhere = this.f.report(this.f.op20, body);
		assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(409);
		assertThat(elsewhere.body()).contains(first.json().get("workOrderNumber").asString());
	}

	@Test
	void impossibleStepsAndBadQuantitiesAreRefusedSayingWhy() {
		Api.Answer neverStarted = this.f.report(this.f.op10,
				Map.of("clientReportId", UUID.randomUUID().toString(), "kind", "FINISH"));
		assertThat(neverStarted.status()).isEqualTo(409);
		assertThat(neverStarted.body()).contains("从未开工");

		this.f.reported(this.f.op10, "START", "08:00", Map.of());
		Api.Answer negative = this.f.report(this.f.op10, Map.of("clientReportId", UUID.randomUUID().toString(), "kind",
				"OUTPUT", "goodQuantity", -5, "at", ShopfloorFixtures.at("09:00").toString()));
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.body()).contains("goodQuantity").contains("-5");

		// 600 ordered, no tolerance: 601 good is one too many; with 5 % it is taken
		Api.Answer over = this.f.report(this.f.op10, Map.of("clientReportId", UUID.randomUUID().toString(), "kind",
				"OUTPUT", "goodQuantity", 601, "at", ShopfloorFixtures.at("09:00").toString()));
		assertThat(over.status()).isEqualTo(400);
		assertThat(over.body()).contains("goodQuantity").contains("601").contains("600");
		assertThat(this.f.api
			.put("/api/v1/production/shop-floor/settings", this.f.token(), Map.of("overDeliveryPercent", 5))
			.status()).isEqualTo(200);
		this.f.reported(this.f.op10, "OUTPUT", "09:30", Map.of("goodQuantity", 601));

		Api.Answer pauseWithoutReason = this.f.report(this.f.op10, Map.of("clientReportId",
				UUID.randomUUID().toString(), "kind", "PAUSE", "at", ShopfloorFixtures.at("10:00").toString()));
		assertThat(pauseWithoutReason.status()).isEqualTo(400);
		assertThat(pauseWithoutReason.body()).contains("pauseReason");
		this.f.reported(this.f.op10, "PAUSE", "10:00", Map.of("pauseReason", "BREAKDOWN"));
		this.f.reported(this.f.op10, "FINISH", "11:00", Map.of());
		Api.Answer afterFinish = this.f.report(this.f.op10,
				Map.of("clientReportId", UUID.randomUUID().toString(), "kind", "OUTPUT", "goodQuantity", 1));
		assertThat(afterFinish.status()).isEqualTo(409);
		assertThat(afterFinish.body()).contains("已完工");

		List<String> kinds = history(this.f.op10).stream().map((r) -> r.get("kind").asString()).toList();
		assertThat(kinds).containsExactly("START", "OUTPUT", "PAUSE", "FINISH");
		assertThat(history(this.f.op10).get(2).get("pauseReason").asString()).isEqualTo("BREAKDOWN");
	}

	/**
	 * A pause for a breakdown signals a deviation; so does the last operation finishing
	 * after its production order's due date (here the day before yesterday, so the plan
	 * ended yesterday at 00:00 in Shanghai). Reports taken on the test's thread, where
	 * the events are recorded.
	 */
	@Test
	void aBreakdownPauseAndALateFinishSignalADeviationForRescheduling() {
		TenantId tenant = TenantId.of(UUID.fromString(this.f.tenant.id()));
		UUID op20 = UUID.fromString(this.f.op20);
		take(tenant, op20, "START", "08:00", null);
		take(tenant, op20, "PAUSE", "09:00", "TOOL_CHANGE");
		take(tenant, op20, "RESUME", "09:10", null);
		take(tenant, op20, "PAUSE", "09:30", "BREAKDOWN");
		take(tenant, op20, "FINISH", "10:00", null);
		assertThat(this.events.stream(ProgressDeviated.class)).singleElement().satisfies((d) -> {
			assertThat(d.cause()).isEqualTo(ProgressDeviated.Cause.BREAKDOWN);
			assertThat(d.workOrderId()).isEqualTo(op20);
			assertThat(d.resourceId()).hasToString(this.f.resource);
			assertThat(d.at()).isEqualTo(ShopfloorFixtures.at("09:30"));
			assertThat(d.reasonCode()).isEqualTo("BREAKDOWN");
		});

		ProductionOrder late = this.productionOrders.create(tenant,
				new ProductionOrderDraft(UUID.fromString(this.f.shaft), UUID.fromString(this.f.plant),
						new BigDecimal("5"), ShopfloorFixtures.DAY.minusDays(1).toString(),
						ShopfloorFixtures.DAY.minusDays(2).toString(), 5, null));
		this.productionOrders.release(tenant, late.id());
		UUID lastOperation = this.workOrders.ofOrder(tenant, late.id()).get(1).id();
		take(tenant, lastOperation, "START", "11:00", null);
		take(tenant, lastOperation, "FINISH", "12:00", null);
		assertThat(this.events.stream(ProgressDeviated.class).filter((d) -> d.workOrderId().equals(lastOperation)))
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.cause()).isEqualTo(ProgressDeviated.Cause.LATE_FINISH);
				assertThat(d.plannedEnd()).isEqualTo(ShopfloorFixtures.at("00:00"));
				assertThat(d.at()).isEqualTo(ShopfloorFixtures.at("12:00"));
			});
	}

	private void take(TenantId tenant, UUID workOrder, String kind, String at, @Nullable String pauseReason) {
		this.reporting.report(tenant, workOrder, new ReportDraft(UUID.randomUUID(), kind, null, null, pauseReason, null,
				"A017", ShopfloorFixtures.at(at), null, null, null));
	}

	private JsonNode shift() {
		String from = ShopfloorFixtures.DAY + "T00:00:00%2B08:00";
		String to = ShopfloorFixtures.DAY.plusDays(1) + "T00:00:00%2B08:00";
		Api.Answer oee = this.f.api
			.get("/api/v1/equipment/" + this.f.lathe + "/oee?by=shift&from=" + from + "&to=" + to, this.f.token());
		assertThat(oee.status()).as(oee.body()).isEqualTo(200);
		return oee.json().get("periods").get(0);
	}

	private List<JsonNode> history(String workOrder) {
		Api.Answer answer = this.f.api.get("/api/v1/production/work-orders/" + workOrder + "/reports", this.f.token());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<JsonNode> reports = new java.util.ArrayList<>();
		answer.json().forEach(reports::add);
		return reports;
	}

	private JsonNode lot(String id) {
		Api.Answer answer = this.f.api.get("/api/v1/quality/lots/" + id, this.f.token());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

}
