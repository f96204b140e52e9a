package io.kaiwu.quality.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inspection records over real HTTP: subgroups of measured values and of counted defects,
 * each published as {@link SubgroupRecorded}; the lot verdict published as
 * {@link InspectionCompleted} and found again through {@link LotInspections}; every kind
 * of bad input refused with its reason and nothing stored.
 */
@KaiwuIntegrationTest
class InspectionRecordsIntegrationTests {

	static final String RECORDS = "/api/v1/quality/inspection-records";

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	LotInspections lots;

	Api api;

	InspectionFixtures given;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = InspectionFixtures.of(this.api);
	}

	@Test
	void measuredSubgroupsArePublishedAndTheVerdictCompletesTheRecord() {
		JsonNode plan = this.given.plan("IN_PROCESS", List.of(InspectionFixtures.diameter(5))).json();
		String diameter = plan.get("characteristics").get(0).get("id").asString();
		try (EventsHeard heard = new EventsHeard(this.context, this.given.tenantId())) {
			Api.Answer opened = this.api
				.post(RECORDS, token(), Map.of("planId", plan.get("id").asString(), "operator", "张工", "subgroups", List
					.of(Map.of("characteristicId", diameter, "values", List.of(25.01, 24.99, "25.00", 25.02, 25.06)))));
			assertThat(opened.status()).as(opened.body()).isEqualTo(201);
			JsonNode record = opened.json();
			assertThat(record.get("status").asString()).isEqualTo("OPEN");
			assertThat(record.get("operator").asString()).isEqualTo("张工");
			JsonNode first = record.get("subgroups").get(0);
			assertThat(first.get("values")).extracting(JsonNode::asDouble)
				.containsExactly(25.01, 24.99, 25.00, 25.02, 25.06);
			assertThat(first.get("outOfSpec").asInt()).as("25.06 lies above USL 25.05").isEqualTo(1);
			assertThat(first.get("source").asString()).isEqualTo("MANUAL");

			String id = record.get("id").asString();
			Api.Answer added = this.api.post(RECORDS + "/" + id + "/subgroups", token(), Map.of("characteristicId",
					diameter, "values", List.of(25.0, 25.01, 25.0, 24.98, 24.97), "takenAt", "2026-01-05T08:30:00Z"));
			assertThat(added.status()).as(added.body()).isEqualTo(201);
			assertThat(added.json().get("takenAt").asString()).isEqualTo("2026-01-05T08:30:00Z");

			List<SubgroupRecorded> mine = heard.subgroups.stream()
				.filter((s) -> s.characteristicId().toString().equals(diameter))
				.toList();
			assertThat(mine).hasSize(2);
			assertThat(mine.get(0).subgroupId().toString()).isEqualTo(first.get("id").asString());
			assertThat(mine.get(0).values()).containsExactly(25.01, 24.99, 25.00, 25.02, 25.06);
			assertThat(mine.get(0).inspected()).isZero();
			assertThat(mine.get(1).at()).hasToString("2026-01-05T08:30:00Z");

			Api.Answer verdict = this.api.post(RECORDS + "/" + id + "/verdict", token(),
					Map.of("verdict", "ACCEPT", "note", "一件超上限已隔离返工"));
			assertThat(verdict.status()).as(verdict.body()).isEqualTo(200);
			JsonNode done = verdict.json();
			assertThat(done.get("status").asString()).isEqualTo("ACCEPTED");
			assertThat(done.get("sampleSize").asInt()).as("two subgroups of five").isEqualTo(10);
			assertThat(done.get("rejected").asInt()).as("values out of spec").isEqualTo(1);
			assertThat(done.get("completedAt").asString()).isNotBlank();
			InspectionCompleted completed = heard.completed.stream()
				.filter((c) -> c.recordId().toString().equals(id))
				.findFirst()
				.orElseThrow();
			assertThat(completed.kind()).isEqualTo(InspectionKind.IN_PROCESS);
			assertThat(completed.accepted()).isTrue();
			assertThat(completed.sampleSize()).isEqualTo(10);
			assertThat(completed.rejected()).isEqualTo(1);
			assertThat(completed.itemId().toString()).isEqualTo(this.given.itemId);

			Api.Answer again = this.api.post(RECORDS + "/" + id + "/verdict", token(), Map.of("verdict", "REJECT"));
			assertThat(again.status()).isEqualTo(409);
			assertThat(again.json().get("detail").asString()).contains("ACCEPTED");
			Api.Answer late = this.api.post(RECORDS + "/" + id + "/subgroups", token(),
					Map.of("characteristicId", diameter, "values", List.of(25.0, 25.0, 25.0, 25.0, 25.0)));
			assertThat(late.status()).isEqualTo(409);
		}
		Api.Answer history = this.api
			.get("/api/v1/quality/characteristics/" + diameter + "/subgroups?from=2026-01-01T00:00:00Z", token());
		assertThat(history.status()).as(history.body()).isEqualTo(200);
		assertThat(history.json().get("total").asLong()).isEqualTo(2);
	}

	@Test
	void aReceivingLotIsJudgedOnCountedDefectsAndFoundByLot() {
		JsonNode plan = this.given.plan("RECEIVING", List.of(InspectionFixtures.appearance())).json();
		String appearance = plan.get("characteristics").get(0).get("id").asString();
		String lot = InspectionFixtures.unique("L2026");
		try (EventsHeard heard = new EventsHeard(this.context, this.given.tenantId())) {
			Api.Answer opened = this.api.post(RECORDS, token(),
					Map.of("planId", plan.get("id").asString(), "lotNumber", lot, "supplierId", this.given.supplierId,
							"subgroups", List.of(Map.of("characteristicId", appearance, "inspected", 50,
									"nonconforming", 2, "defects", Map.of("划伤", 2, "毛刺", 1)))));
			assertThat(opened.status()).as(opened.body()).isEqualTo(201);
			JsonNode subgroup = opened.json().get("subgroups").get(0);
			assertThat(subgroup.get("inspected").asInt()).isEqualTo(50);
			assertThat(subgroup.get("defects").asInt()).isEqualTo(3);
			assertThat(subgroup.get("defectCounts").get("划伤").asInt()).isEqualTo(2);
			String id = opened.json().get("id").asString();
			Api.Answer verdict = this.api.post(RECORDS + "/" + id + "/verdict", token(),
					Map.of("verdict", "reject", "note", "划伤超 AQL 1.0 的接收数 Ac=1"));
			assertThat(verdict.status()).as(verdict.body()).isEqualTo(200);
			assertThat(verdict.json().get("status").asString()).isEqualTo("REJECTED");
			assertThat(verdict.json().get("rejected").asInt()).isEqualTo(2);

			SubgroupRecorded counted = heard.subgroups.stream()
				.filter((s) -> s.characteristicId().toString().equals(appearance))
				.findFirst()
				.orElseThrow();
			assertThat(counted.values()).isEmpty();
			assertThat(counted.inspected()).isEqualTo(50);
			assertThat(counted.nonconforming()).isEqualTo(2);
			assertThat(counted.defects()).isEqualTo(3);
		}
		List<InspectionCompleted> ofLot = this.lots.of(this.given.tenantId(), UUID.fromString(this.given.itemId), lot);
		assertThat(ofLot).hasSize(1);
		InspectionCompleted judged = ofLot.get(0);
		assertThat(judged.kind()).isEqualTo(InspectionKind.RECEIVING);
		assertThat(judged.accepted()).isFalse();
		assertThat(judged.supplierId().toString()).isEqualTo(this.given.supplierId);
		assertThat(judged.lotNumber()).isEqualTo(lot);
		assertThat(judged.sampleSize()).isEqualTo(50);
		assertThat(judged.rejected()).isEqualTo(2);
		Api.Answer listed = this.api.get(RECORDS + "?lotNumber=" + lot, token());
		assertThat(listed.json().get("total").asLong()).isEqualTo(1);
		assertThat(this.lots.of(this.given.tenantId(), UUID.fromString(this.given.itemId), lot + "-other")).isEmpty();
	}

	@Test
	void refusesBadSubgroupsWithTheReasonAndStoresNothing() {
		JsonNode plan = this.given
			.plan("IN_PROCESS", List.of(InspectionFixtures.diameter(5), InspectionFixtures.appearance()))
			.json();
		String planId = plan.get("id").asString();
		String diameter = plan.get("characteristics").get(0).get("id").asString();
		String appearance = plan.get("characteristics").get(1).get("id").asString();

		assertRefused(open(planId, Map.of("characteristicId", UUID.randomUUID().toString(), "values",
				List.of(25.0, 25.0, 25.0, 25.0, 25.0))), "subgroups[0].characteristicId", "不属于检验计划");
		String other = this.given.plan("FINAL", List.of(InspectionFixtures.diameter(5)))
			.json()
			.get("characteristics")
			.get(0)
			.get("id")
			.asString();
		assertRefused(open(planId, Map.of("characteristicId", other, "values", List.of(25.0, 25.0, 25.0, 25.0, 25.0))),
				"subgroups[0].characteristicId", "不属于检验计划");
		assertRefused(
				open(planId, Map.of("characteristicId", diameter, "values", List.of(25.0, 25.0, "abc", 25.0, 25.0))),
				"subgroups[0].values[2]", "「abc」不是数字");
		assertRefused(open(planId, Map.of("characteristicId", diameter, "values", List.of(25.0, 25.0, 25.0))),
				"subgroups[0].values", "需要 5 个测量值，实际给了 3 个");
		assertRefused(
				open(planId,
						Map.of("characteristicId", diameter, "values", Arrays.asList(25.0, null, 25.0, 25.0, 25.0))),
				"subgroups[0].values[1]", "不是数字");
		assertRefused(open(planId, Map.of("characteristicId", appearance, "inspected", 50, "nonconforming", 51)),
				"subgroups[0].nonconforming", "0 到检验数 50");
		assertRefused(
				open(planId, Map.of("characteristicId", appearance, "nonconforming", 1, "defects", Map.of("裂纹", 1))),
				"subgroups[0].defects.裂纹", "划伤、毛刺、锈蚀");
		assertRefused(open(planId, Map.of("characteristicId", appearance, "values", List.of(1.0), "nonconforming", 0)),
				"subgroups[0].values", "计数型");
		assertRefused(open(planId, Map.of("characteristicId", diameter, "values", List.of(25.0, 25.0, 25.0, 25.0, 25.0),
				"takenAt", "2099-01-01T00:00:00Z")), "subgroups[0].takenAt", "将来");
		assertThat(this.api.get(RECORDS + "?planId=" + planId, token()).json().get("total").asLong())
			.as("a refused request stores no record")
			.isZero();

		Map<String, Object> unknownPlan = new HashMap<>(open(planId));
		unknownPlan.put("planId", UUID.randomUUID().toString());
		assertRefused(unknownPlan, "planId", "没有检验计划");
		Map<String, Object> supplierOnInProcess = new HashMap<>(open(planId));
		supplierOnInProcess.put("supplierId", this.given.supplierId);
		assertRefused(supplierOnInProcess, "supplierId", "只有来料检验");

		String receiving = this.given.plan("RECEIVING", List.of(InspectionFixtures.appearance()))
			.json()
			.get("id")
			.asString();
		Api.Answer noLot = this.api.post(RECORDS, token(), Map.of("planId", receiving));
		assertThat(noLot.status()).isEqualTo(400);
		assertThat(noLot.json().get("errors")).extracting((e) -> e.get("field").asString())
			.containsExactlyInAnyOrder("supplierId", "lotNumber");

		Api.Answer opened = this.api.post(RECORDS, token(), open(planId));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String id = opened.json().get("id").asString();
		Api.Answer single = this.api.post(RECORDS + "/" + id + "/subgroups", token(),
				Map.of("characteristicId", diameter, "values", List.of(25.0, "二十五", 25.0, 25.0, 25.0)));
		assertThat(single.status()).isEqualTo(400);
		assertThat(single.json().get("errors").get(0).get("field").asString()).isEqualTo("values[1]");
		Api.Answer empty = this.api.post(RECORDS + "/" + id + "/verdict", token(), Map.of("verdict", "ACCEPT"));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").get(0).get("message").asString()).contains("还没有任何子组");
		Api.Answer badVerdict = this.api.post(RECORDS + "/" + id + "/verdict", token(), Map.of("verdict", "MAYBE"));
		assertThat(badVerdict.json().get("errors").get(0).get("message").asString()).contains("ACCEPT, REJECT");
	}

	@Test
	void anotherTenantSeesNoRecord() {
		JsonNode plan = this.given.plan("FINAL", List.of(InspectionFixtures.appearance())).json();
		String id = this.api.post(RECORDS, token(), open(plan.get("id").asString())).json().get("id").asString();
		Tenants.FreshTenant other = Tenants.fresh(this.api, InspectionFixtures.unique("别家"));
		assertThat(this.api.get(RECORDS + "/" + id, other.adminToken()).status()).isEqualTo(404);
		assertThat(this.api.post(RECORDS + "/" + id + "/verdict", other.adminToken(), Map.of("verdict", "ACCEPT"))
			.status()).isEqualTo(404);
		assertThat(this.api.post(RECORDS, other.adminToken(), open(plan.get("id").asString())).status()).isEqualTo(400);
	}

	@SafeVarargs
	private static Map<String, Object> open(String planId, Map<String, Object>... subgroups) {
		return Map.of("planId", planId, "subgroups", new ArrayList<>(List.of(subgroups)));
	}

	private void assertRefused(Map<String, Object> body, String field, String reasonContains) {
		Api.Answer refused = this.api.post(RECORDS, token(), body);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("errors")).as(refused.body()).anySatisfy((e) -> {
			assertThat(e.get("field").asString()).isEqualTo(field);
			assertThat(e.get("message").asString()).contains(reasonContains);
		});
	}

	private String token() {
		return this.given.token();
	}

}
