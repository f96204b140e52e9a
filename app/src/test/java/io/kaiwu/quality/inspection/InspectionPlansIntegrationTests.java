package io.kaiwu.quality.inspection;

import java.time.Duration;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Inspection plans over real HTTP: created with variable and attribute characteristics,
 * read back with their limits, changed with characteristic ids kept, audited, refused
 * with a problem naming the field, hidden from other tenants, and their characteristics
 * served to the charts through {@link CharacteristicSpecs}.
 */
@KaiwuIntegrationTest
class InspectionPlansIntegrationTests {

	static final String PLANS = "/api/v1/quality/inspection-plans";

	@LocalServerPort
	int port;

	@Autowired
	CharacteristicSpecs specs;

	@Autowired
	JdbcClient jdbc;

	Api api;

	InspectionFixtures given;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = InspectionFixtures.of(this.api);
	}

	@Test
	void createsReadsAndListsAPlanWithItsLimits() {
		JsonNode plan = this.given
			.plan("IN_PROCESS", List.of(InspectionFixtures.diameter(5), InspectionFixtures.appearance()))
			.json();
		assertThat(plan.get("itemId").asString()).isEqualTo(this.given.itemId);
		assertThat(plan.get("operation").asString()).isEqualTo("OP20 精车外圆");
		assertThat(plan.get("active").asBoolean()).isTrue();
		JsonNode diameter = plan.get("characteristics").get(0);
		assertThat(diameter.get("code").asString()).isEqualTo("D1");
		assertThat(diameter.get("lowerLimit").asDouble()).isCloseTo(24.95, within(1e-9));
		assertThat(diameter.get("upperLimit").asDouble()).isCloseTo(25.05, within(1e-9));
		assertThat(diameter.get("lowerTolerance").asDouble()).isEqualTo(-0.05);
		assertThat(diameter.get("sampleSize").asInt()).isEqualTo(5);
		assertThat(diameter.get("frequency").get("kind").asString()).isEqualTo("UNITS");
		assertThat(diameter.get("frequency").get("every").asInt()).isEqualTo(50);
		assertThat(diameter.get("gauge").asString()).isEqualTo("外径千分尺 0-25 mm");
		JsonNode appearance = plan.get("characteristics").get(1);
		assertThat(appearance.get("type").asString()).isEqualTo("ATTRIBUTE");
		assertThat(appearance.get("defectTypes")).extracting(JsonNode::asString).containsExactly("划伤", "毛刺", "锈蚀");
		assertThat(appearance.get("frequency").get("kind").asString()).isEqualTo("LOT");

		String id = plan.get("id").asString();
		Api.Answer read = this.api.get(PLANS + "/" + id, token());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("characteristics")).hasSize(2);
		Api.Answer listed = this.api.get(PLANS + "?itemId=" + this.given.itemId + "&kind=in_process&size=500", token());
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		assertThat(listed.json().get("items")).extracting((p) -> p.get("id").asString()).contains(id);

		CharacteristicSpecs.CharacteristicSpec spec = this.specs
			.spec(this.given.tenantId(), UUID.fromString(diameter.get("id").asString()))
			.orElseThrow();
		assertThat(spec.itemId()).isEqualTo(UUID.fromString(this.given.itemId));
		assertThat(spec.planId()).isEqualTo(UUID.fromString(id));
		assertThat(spec.variable()).isTrue();
		assertThat(spec.lowerLimit()).isCloseTo(24.95, within(1e-9));
		assertThat(spec.upperLimit()).isCloseTo(25.05, within(1e-9));
		assertThat(spec.nominal()).isEqualTo(25.0);
		assertThat(spec.unit()).isEqualTo("mm");
		assertThat(spec.subgroupSize()).isEqualTo(5);
		assertThat(this.specs.spec(this.given.tenantId(), UUID.fromString(appearance.get("id").asString()))
			.orElseThrow()
			.variable()).isFalse();
	}

	@Test
	void aChangeKeepsTheIdsOfKeptCharacteristicsAndIsAudited() {
		JsonNode plan = this.given.plan("FINAL", List.of(InspectionFixtures.diameter(5))).json();
		String id = plan.get("id").asString();
		String diameterId = plan.get("characteristics").get(0).get("id").asString();
		Map<String, Object> changedDiameter = new HashMap<>(InspectionFixtures.diameter(4));
		changedDiameter.put("id", diameterId);
		changedDiameter.remove("lowerTolerance");
		changedDiameter.remove("upperTolerance");
		changedDiameter.remove("nominal");
		changedDiameter.put("upperLimit", 25.02);
		changedDiameter.put("lowerLimit", 24.98);
		Api.Answer changed = this.api.put(PLANS + "/" + id, token(),
				Map.of("itemCode", this.given.itemCode, "kind", "FINAL", "name", "成品终检", "active", false,
						"characteristics", List.of(InspectionFixtures.appearance(), changedDiameter)));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		JsonNode after = changed.json();
		assertThat(after.get("name").asString()).isEqualTo("成品终检");
		assertThat(after.get("active").asBoolean()).isFalse();
		assertThat(after.get("characteristics").get(0).get("code").asString()).isEqualTo("A1");
		JsonNode diameter = after.get("characteristics").get(1);
		assertThat(diameter.get("id").asString()).isEqualTo(diameterId);
		assertThat(diameter.get("upperLimit").asDouble()).isEqualTo(25.02);
		assertThat(diameter.get("sampleSize").asInt()).isEqualTo(4);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.sql(
					"SELECT action FROM audit_entry WHERE tenant_id = ? AND entity_type = 'inspection-plan' AND entity_id = ?")
				.params(UUID.fromString(this.given.tenant.id()), id)
				.query(String.class)
				.list()).containsExactlyInAnyOrder("CREATED", "UPDATED"));

		assertThat(this.api.delete(PLANS + "/" + id, token()).status()).isEqualTo(204);
		assertThat(this.api.get(PLANS + "/" + id, token()).status()).isEqualTo(404);
	}

	@Test
	void refusesBadPlansNamingTheField() {
		Map<String, Object> crossed = new HashMap<>(InspectionFixtures.diameter(5));
		crossed.remove("lowerTolerance");
		crossed.remove("upperTolerance");
		crossed.put("lowerLimit", 25.05);
		crossed.put("upperLimit", 24.95);
		assertRefused(plan(List.of(crossed)), "characteristics[0].lowerLimit", "24.95");

		Map<String, Object> noLimits = new HashMap<>(InspectionFixtures.diameter(5));
		noLimits.remove("lowerTolerance");
		noLimits.remove("upperTolerance");
		assertRefused(plan(List.of(noLimits)), "characteristics[0].upperLimit", "规格限");

		assertRefused(plan(List.of(InspectionFixtures.diameter(0))), "characteristics[0].sampleSize", "1 到 50");
		assertRefused(plan(List.of(InspectionFixtures.diameter(5), InspectionFixtures.diameter(3))),
				"characteristics[1].code", "D1");

		Map<String, Object> noDefects = new HashMap<>(InspectionFixtures.appearance());
		noDefects.put("defectTypes", List.of());
		assertRefused(plan(List.of(noDefects)), "characteristics[0].defectTypes", "缺陷类型");

		Map<String, Object> badFrequency = new HashMap<>(InspectionFixtures.diameter(5));
		badFrequency.put("frequency", Map.of("kind", "HOURLY"));
		assertRefused(plan(List.of(badFrequency)), "characteristics[0].frequency.kind", "UNITS, MINUTES, LOT");

		Map<String, Object> unknownItem = new HashMap<>(plan(List.of(InspectionFixtures.diameter(5))));
		unknownItem.put("itemId", UUID.randomUUID().toString());
		assertRefused(unknownItem, "itemId", "物料");

		Map<String, Object> noKind = new HashMap<>(plan(List.of(InspectionFixtures.diameter(5))));
		noKind.remove("kind");
		assertRefused(noKind, "kind", "RECEIVING, IN_PROCESS, FINAL");

		assertRefused(plan(List.of()), "characteristics", "至少");
	}

	@Test
	void problemsSpeakTheReadersLanguage() {
		Api.Answer refused = this.api.get(PLANS + "?kind=HOURLY", token(), Map.of("Accept-Language", "en"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("\"HOURLY\" is not a valid choice; choose one of: RECEIVING, IN_PROCESS, FINAL.");
	}

	@Test
	void anotherTenantSeesNothing() {
		String id = this.given.plan("RECEIVING", List.of(InspectionFixtures.appearance())).json().get("id").asString();
		Tenants.FreshTenant other = Tenants.fresh(this.api, InspectionFixtures.unique("别家"));
		assertThat(this.api.get(PLANS + "/" + id, other.adminToken()).status()).isEqualTo(404);
		assertThat(this.api.get(PLANS, other.adminToken()).json().get("total").asLong()).isZero();
		assertThat(this.api.delete(PLANS + "/" + id, other.adminToken()).status()).isEqualTo(404);
	}

	private Map<String, Object> plan(List<Map<String, Object>> characteristics) {
		return Map.of("itemId", this.given.itemId, "kind", "IN_PROCESS", "name", "坏计划", "characteristics",
				new ArrayList<>(characteristics));
	}

	private void assertRefused(Map<String, Object> body, String field, String reasonContains) {
		Api.Answer refused = this.api.post(PLANS, token(), body);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("errors")).anySatisfy((e) -> {
			assertThat(e.get("field").asString()).isEqualTo(field);
			assertThat(e.get("message").asString()).contains(reasonContains);
		});
	}

	private String token() {
		return this.given.token();
	}

}
