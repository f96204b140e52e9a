package io.kaiwu.quality.nonconformance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.quality.inspection.InspectionCompleted;
import io.kaiwu.quality.inspection.InspectionKind;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.kaiwu.quality.nonconformance.DefectsIntegrationTests.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Nonconformance reports over REST: a major NCR raised from a defect record is worked
 * through its 8D, each illegal move refused with what is needed first; a minor one closes
 * without an 8D; a rejected lot (InspectionCompleted published in a transaction, as the
 * inspection records do) opens one NCR however often the event arrives; the supplier's
 * score counts its receiving inspections and NCRs.
 */
@KaiwuIntegrationTest
class NcrsIntegrationTests {

	private static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	Api api;

	NonconformanceFixtures given;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = NonconformanceFixtures.of(this.api);
	}

	@Test
	void aMajorNcrFromADefectIsWorkedThroughItsEightDAndRefusesEveryShortcut() {
		String supplier = this.given.supplier("苏州精冲");
		String code = this.given.defectCode("毛刺", "Burr");
		Map<String, Object> defect = new HashMap<>(Map.of("codeId", code, "itemId", this.given.itemId, "quantity", 12,
				"supplierId", supplier, "lotNumber", "LOT-7731", "lineId", this.given.line, "shiftName", "夜班"));
		Api.Answer recorded = this.api.post("/api/v1/quality/defects", token(), defect);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		String defectId = recorded.json().get("id").asString();

		Api.Answer raised = this.api.post("/api/v1/quality/ncrs", token(),
				Map.of("defectId", defectId, "severity", "MAJOR"));
		assertThat(raised.status()).as(raised.body()).isEqualTo(201);
		JsonNode ncr = raised.json();
		String id = ncr.get("id").asString();
		String path = "/api/v1/quality/ncrs/" + id;
		assertThat(ncr.get("number").asString()).matches("NCR-\\d{4}-\\d{4}");
		assertThat(ncr.get("source").asString()).isEqualTo("DEFECT");
		assertThat(ncr.get("state").asString()).isEqualTo("OPEN");
		assertThat(ncr.get("supplierId").asString()).isEqualTo(supplier);
		assertThat(ncr.get("lotNumber").asString()).isEqualTo("LOT-7731");
		assertThat(ncr.get("quantity").asInt()).isEqualTo(12);
		assertThat(ncr.get("title").asString()).contains("毛刺");
		assertThat(ncr.get("steps")).hasSize(8);
		assertThat(this.api.delete("/api/v1/quality/defects/" + defectId, token()).status()).isEqualTo(409);

		// no investigation before the team is named
		Api.Answer early = transition(path, "INVESTIGATING", null);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("detail").asString()).contains("D1");
		assertThat(this.api.post(path + "/steps/D1/done", token(), Map.of()).status()).isEqualTo(400);
		LocalDate today = LocalDate.now(PLANT);
		ok(this.api.put(path + "/steps/D1", token(),
				Map.of("owner", "质量经理 王工", "dueDate", today.plusDays(1).toString(), "note", "王工、李工（工艺）、赵工（采购）")));
		ok(this.api.post(path + "/steps/D1/done", token(), Map.of()));
		ok(transition(path, "INVESTIGATING", null));

		// D3 needs D2 and a containment action first
		Api.Answer d3 = this.api.post(path + "/steps/D3/done", token(), Map.of());
		assertThat(d3.status()).isEqualTo(409);
		assertThat(d3.json().get("detail").asString()).contains("D2").contains("围堵");
		ok(this.api.post(path + "/steps/D2/done", token(), Map.of("note", "支架安装孔毛刺 0.3 mm，12 件")));
		String containment = action(path, "CONTAINMENT", "隔离在库 LOT-7731 全检", today.plusDays(1));
		ok(this.api.post(path + "/steps/D3/done", token(), Map.of()));
		String rootCause = action(path, "ROOT_CAUSE", "冲头磨损超过刃磨周期", today.plusDays(2));
		ok(this.api.post(path + "/steps/D4/done", token(), Map.of()));
		ok(transition(path, "CORRECTING", null));
		assertThat(transition(path, "CLOSED", "跳过").status()).isEqualTo(409);
		assertThat(transition(path, "OPEN", null).status()).isEqualTo(409);

		// a corrective action due yesterday makes the NCR overdue
		String corrective = action(path, "CORRECTIVE", "冲头刃磨周期由 3 万次改为 2 万次", today.minusDays(1));
		assertThat(this.api.get(path, token()).json().get("overdue").asBoolean()).isTrue();
		JsonNode overdue = this.api.get("/api/v1/quality/ncrs?overdue=true&size=500", token()).json();
		assertThat(overdue.get("items").findValuesAsString("id")).contains(id);
		ok(this.api.post(path + "/steps/D5/done", token(), Map.of()));
		Api.Answer d6 = this.api.post(path + "/steps/D6/done", token(), Map.of());
		assertThat(d6.status()).isEqualTo(409);
		assertThat(d6.json().get("detail").asString()).contains("纠正措施");
		for (String a : List.of(containment, rootCause, corrective)) {
			ok(this.api.post(path + "/actions/" + a + "/done", token(), Map.of()));
		}
		assertThat(this.api.get(path, token()).json().get("overdue").asBoolean()).isFalse();
		ok(this.api.post(path + "/steps/D6/done", token(), Map.of()));
		ok(transition(path, "VERIFYING", null));
		String preventive = action(path, "PREVENTIVE", "同类冲模纳入刃磨计数", today.plusDays(5));
		ok(this.api.post(path + "/actions/" + preventive + "/done", token(), Map.of()));
		ok(this.api.post(path + "/steps/D7/done", token(), Map.of()));

		Api.Answer notYet = transition(path, "CLOSED", "结案");
		assertThat(notYet.status()).isEqualTo(409);
		assertThat(notYet.json().get("detail").asString()).contains("验证").contains("处置");
		assertThat(this.api.post(path + "/actions/" + corrective + "/verify", token(), Map.of()).status())
			.isEqualTo(400);
		for (String a : List.of(containment, rootCause, corrective, preventive)) {
			ok(this.api.post(path + "/actions/" + a + "/verify", token(), Map.of("note", "连续 3 批抽检 0 缺陷")));
		}
		Api.Answer tooMany = this.api.post(path + "/disposition", token(),
				Map.of("disposition", "RETURN_TO_SUPPLIER", "quantity", 13));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(fields(tooMany)).containsExactly("quantity");
		assertThat(fields(this.api.post(path + "/disposition", token(), Map.of("disposition", "MELT"))))
			.containsExactly("disposition");
		JsonNode dispositioned = ok(this.api.post(path + "/disposition", token(),
				Map.of("disposition", "RETURN_TO_SUPPLIER", "quantity", 12, "note", "退回苏州精冲")));
		assertThat(dispositioned.get("dispositionBy").asString()).isEqualTo(this.given.tenant.adminUsername());
		assertThat(dispositioned.get("dispositionAt").isNull()).isFalse();

		JsonNode closed = ok(transition(path, "CLOSED", "小组表彰"));
		assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("steps").get(7).get("doneBy").asString()).isEqualTo(this.given.tenant.adminUsername());
		assertThat(closed.get("closedAt").isNull()).isFalse();
		assertThat(this.api
			.post(path + "/actions", token(),
					Map.of("kind", "CORRECTIVE", "description", "x", "owner", "y", "dueDate", today.toString()))
			.status()).isEqualTo(409);
		assertThat(transition(path, "CANCELLED", "晚了").status()).isEqualTo(409);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode audit = this.api.get("/api/v1/audit?entityType=quality-ncr&size=500", token()).json();
			assertThat(audit.get("items").findValuesAsString("entityId").stream().filter(id::equals).count())
				.isGreaterThan(20);
		});
	}

	@Test
	void aMinorNcrClosesWithoutAnEightDOnceDispositionedAndACancelNeedsAReason() {
		JsonNode minor = ok(this.api.post("/api/v1/quality/ncrs", token(),
				Map.of("title", "包装标签贴歪", "severity", "minor", "itemId", this.given.itemId, "quantity", 40)));
		String path = "/api/v1/quality/ncrs/" + minor.get("id").asString();
		assertThat(minor.get("source").asString()).isEqualTo("MANUAL");
		Api.Answer undecided = transition(path, "CLOSED", null);
		assertThat(undecided.status()).isEqualTo(409);
		assertThat(undecided.json().get("detail").asString()).contains("处置");
		Api.Answer concession = this.api.post(path + "/disposition", token(), Map.of("disposition", "USE_AS_IS"));
		assertThat(fields(concession)).containsExactly("note");
		Api.Answer noSupplier = this.api.post(path + "/disposition", token(),
				Map.of("disposition", "RETURN_TO_SUPPLIER"));
		assertThat(fields(noSupplier)).containsExactly("disposition");
		ok(this.api.post(path + "/disposition", token(), Map.of("disposition", "REWORK", "note", "重新贴标")));
		assertThat(ok(transition(path, "CLOSED", null)).get("state").asString()).isEqualTo("CLOSED");

		JsonNode major = ok(this.api.post("/api/v1/quality/ncrs", token(),
				Map.of("title", "焊缝裂纹", "severity", "CRITICAL", "itemId", this.given.itemId)));
		String majorPath = "/api/v1/quality/ncrs/" + major.get("id").asString();
		ok(this.api.post(majorPath + "/disposition", token(), Map.of("disposition", "SCRAP")));
		Api.Answer needs8d = transition(majorPath, "CLOSED", null);
		assertThat(needs8d.status()).isEqualTo(409);
		assertThat(needs8d.json().get("detail").asString()).contains("8D");
		assertThat(fields(transition(majorPath, "CANCELLED", null))).containsExactly("note");
		assertThat(ok(transition(majorPath, "CANCELLED", "重复开单")).get("cancelReason").asString()).isEqualTo("重复开单");

		Api.Answer bad = this.api.post("/api/v1/quality/ncrs", token(),
				Map.of("severity", "HUGE", "quantity", 0, "supplierId", this.given.customer("客户乙")));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactlyInAnyOrder("severity", "title", "supplierId", "quantity");
		assertThat(this.api.get("/api/v1/quality/ncrs/" + UUID.randomUUID(), token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/quality/ncrs?state=LOST", token()).status()).isEqualTo(400);
	}

	/**
	 * Receiving inspections of a new supplier: 4 lots of 50, one rejected with 1 bad
	 * unit. The rejected lot opens one major NCR however often its event arrives. Score
	 * by hand: lots 3/4 → 75; 1/200 = 5,000 PPM → 50; one major NCR → 100 − 15 = 85; no
	 * 8D due → its weight shared: (40 × 75 + 30 × 50 + 20 × 85) / 90 = 6,200 / 90 =
	 * 68.89.
	 */
	@Test
	void aRejectedLotOpensOneNcrAndTheSupplierScoreCountsItsInspections() {
		String supplier = this.given.supplier("宁波紧固件");
		UUID rejectedRecord = UUID.randomUUID();
		Instant at = Instant.now().minus(Duration.ofHours(1));
		InspectionCompleted rejected = receiving(rejectedRecord, supplier, "NB-0004", at, 1, false);
		publish(receiving(UUID.randomUUID(), supplier, "NB-0001", at, 0, true));
		publish(receiving(UUID.randomUUID(), supplier, "NB-0002", at, 0, true));
		publish(receiving(UUID.randomUUID(), supplier, "NB-0003", at, 0, true));
		publish(rejected);
		publish(rejected);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode ncrs = this.api.get("/api/v1/quality/ncrs?supplierId=" + supplier, token()).json();
			assertThat(ncrs.get("total").asLong()).isEqualTo(1);
			JsonNode score = this.api.get("/api/v1/quality/suppliers/" + supplier + "/score", token()).json();
			assertThat(score.get("score").get("lots").asInt()).isEqualTo(4);
		});
		// redelivered once more after the first was handled: still one NCR
		publish(rejected);
		JsonNode ncr = this.api.get("/api/v1/quality/ncrs?supplierId=" + supplier, token()).json().get("items").get(0);
		assertThat(ncr.get("source").asString()).isEqualTo("INSPECTION");
		assertThat(ncr.get("inspectionRecordId").asString()).isEqualTo(rejectedRecord.toString());
		assertThat(ncr.get("severity").asString()).isEqualTo("MAJOR");
		assertThat(ncr.get("lotNumber").asString()).isEqualTo("NB-0004");
		assertThat(ncr.get("createdBy").asString()).isEqualTo("system");

		JsonNode score = this.api.get("/api/v1/quality/suppliers/" + supplier + "/score", token()).json();
		assertThat(score.get("name").asString()).isEqualTo("宁波紧固件");
		JsonNode s = score.get("score");
		assertThat(s.get("acceptedLots").asInt()).isEqualTo(3);
		assertThat(s.get("ppm").asDouble()).isCloseTo(5000.0, within(1e-6));
		assertThat(s.get("majorNcrs").asInt()).isEqualTo(1);
		assertThat(s.get("score").asDouble()).isCloseTo(6200.0 / 90, within(1e-6));
		JsonNode ranking = this.api.get("/api/v1/quality/suppliers/ranking", token()).json();
		assertThat(ranking.findValuesAsString("name")).contains("宁波紧固件");

		assertThat(this.api.get("/api/v1/quality/suppliers/" + this.given.customer("客户丙") + "/score", token()).status())
			.isEqualTo(404);
		assertThat(this.api
			.get("/api/v1/quality/suppliers/" + supplier + "/score?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z",
					token())
			.status()).isEqualTo(400);
		// a period before the inspections has no data and no score
		JsonNode empty = this.api
			.get("/api/v1/quality/suppliers/" + supplier + "/score?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z",
					token())
			.json();
		assertThat(empty.get("score").get("score").isNull()).isTrue();
	}

	private InspectionCompleted receiving(UUID record, String supplier, String lot, Instant at, int rejected,
			boolean accepted) {
		return new InspectionCompleted(this.given.tenantId(), record, InspectionKind.RECEIVING,
				UUID.fromString(this.given.itemId), lot, UUID.fromString(supplier), at, 50, rejected, accepted);
	}

	private void publish(InspectionCompleted event) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private String action(String path, String kind, String description, LocalDate due) {
		JsonNode ncr = ok(this.api.post(path + "/actions", token(),
				Map.of("kind", kind, "description", description, "owner", "李工", "dueDate", due.toString())));
		JsonNode actions = ncr.get("actions");
		return actions.get(actions.size() - 1).get("id").asString();
	}

	private Api.Answer transition(String path, String to, String note) {
		Map<String, Object> body = new HashMap<>();
		body.put("to", to);
		body.put("note", note);
		return this.api.post(path + "/transition", token(), body);
	}

	private static JsonNode ok(Api.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
		return answer.json();
	}

	private String token() {
		return this.given.token();
	}

}
