package io.kaiwu.transform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scenario atlas over real HTTP and SQL: a fresh enterprise has not started any
 * scenario; one with a machine, its signal mapping and telemetry has 设备在线监测维护 (OPS-01)
 * live, and the evidence shows its networking rate; filters, packs and bad parameters;
 * the atlas pages in both languages.
 */
@KaiwuIntegrationTest
class ScenarioAtlasIntegrationTests {

	static final String PASSWORD = "Settled-Passw0rd-7";

	@LocalServerPort
	int port;

	@Test
	void aFreshEnterpriseHasStartedNoScenario() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("图谱新企业"));
		Api.Answer atlas = api.get("/api/v1/transform/atlas", tenant.adminToken());
		assertThat(atlas.status()).as(atlas.body()).isEqualTo(200);
		JsonNode json = atlas.json();
		assertThat(json.get("pack").get("code").asString()).isEqualTo("general");
		assertThat(json.get("scenarios")).hasSize(21);
		assertThat(json.get("links").size()).isGreaterThan(20);
		for (JsonNode s : json.get("scenarios")) {
			assertThat(s.get("coverage").get("state").asString()).as(s.get("code").asString()).isEqualTo("NOT_STARTED");
		}
		JsonNode equipment = scenario(json, "OPS-01");
		assertThat(modules(equipment)).containsExactlyInAnyOrder("alarm", "equipment", "health", "maintenance");
		assertThat(equipment.get("coverage").get("reason").asString()).isNotBlank();
		JsonNode energy = scenario(json, "PM-05");
		assertThat(energy.get("module").asString()).isEqualTo("energy");
		assertThat(energy.get("coverage").get("sources")).isEmpty();
		assertThat(energy.get("coverage").get("reason").asString()).contains("「energy」").contains("尚未提供");

		JsonNode rate = fact(api.get("/api/v1/transform/evidence", tenant.adminToken()).json(),
				"device.networking-rate");
		assertThat(rate.get("value").asDouble()).isZero();
		assertThat(rate.get("outOf").asDouble()).isZero();
	}

	@Test
	void aMachineWithItsMappingAndTelemetryMakesTheEquipmentScenarioLive() {
		Api api = new Api(this.port);
		Tenants.FreshTenant quiet = Tenants.fresh(api, unique("图谱对照企业"));
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("图谱设备企业"));
		String token = tenant.adminToken();
		String site = api
			.post("/api/v1/structure/nodes", token,
					Map.of("level", "SITE", "code", "ATL", "name", "图谱工厂", "timeZone", "Asia/Shanghai"))
			.json()
			.get("id")
			.asString();
		Api.Answer type = api.post("/api/v1/device-types", token,
				Map.of("code", unique("cnc"), "nameZh", "数控机床", "properties",
						List.of(Map.of("identifier", "state", "nameZh", "状态", "dataType", "ENUM", "enumValues",
								List.of("running", "idle", "down")),
								Map.of("identifier", "goodParts", "nameZh", "合格件", "dataType", "LONG"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		String key = unique("atlas-cnc");
		Api.Answer device = api.post("/api/v1/devices", token,
				Map.of("key", key, "name", "数控机床", "typeId", type.json().get("id").asString(), "nodeId", site));
		String secret = device.json().get("secret").asString();
		Api.Answer machine = api.post("/api/v1/equipment", token, Map.of("code", unique("CNC"), "name", "加工中心",
				"nodeId", site, "criticality", "A", "deviceId", device.json().get("id").asString()));
		assertThat(machine.status()).as(machine.body()).isEqualTo(201);
		assertThat(ops01(api, token).get("coverage").get("state").asString()).isEqualTo("NOT_STARTED");

		String machineId = machine.json().get("id").asString();
		Map<String, Object> mapping = Map.of("stateProperty", "state", "stateKind", "BY_VALUE", "stateValues",
				Map.of("running", "RUNNING", "down", "DOWN"), "otherwise", "IDLE", "goodCounter", "goodParts");
		assertThat(api.put("/api/v1/equipment/" + machineId + "/signals", token, mapping).status()).isEqualTo(200);
		JsonNode configured = ops01(api, token);
		assertThat(configured.get("coverage").get("state").asString()).isEqualTo("CONFIGURED");
		assertThat(state(configured, "equipment")).isEqualTo("CONFIGURED");

		Api.Answer sent = api.postBasic("/api/v1/devices/" + key + "/telemetry", key, secret, "application/json",
				"{\"values\": {\"state\": \"running\", \"goodParts\": 10}}".getBytes(StandardCharsets.UTF_8));
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "LIVE".equals(ops01(api, token).get("coverage").get("state").asString()));
		JsonNode live = ops01(api, token);
		assertThat(state(live, "equipment")).isEqualTo("LIVE");
		assertThat(live.get("coverage").get("reason").asString()).contains("1");

		Api.Answer english = api.get("/api/v1/transform/atlas/OPS-01", token, Map.of("Accept-Language", "en"));
		assertThat(english.json().get("coverage").get("sources").get(0).get("reason").asString())
			.isEqualTo("1 of the 1 machines with a signal mapping sent data in the last 24 hours.");
		assertThat(english.json().get("linkedFrom").size()).isGreaterThan(0);

		JsonNode facts = api.get("/api/v1/transform/evidence", token).json();
		JsonNode rate = fact(facts, "device.networking-rate");
		assertThat(rate.get("value").asDouble()).isEqualTo(1);
		assertThat(rate.get("outOf").asDouble()).isEqualTo(1);
		assertThat(rate.get("ratio").asDouble()).isEqualTo(1);
		assertThat(rate.get("provenance").asString()).contains("1");
		assertThat(fact(facts, "collection.equipment-state").get("value").asDouble()).isEqualTo(1);
		assertThat(fact(facts, "telemetry.measurements-24h").get("value").asDouble()).isGreaterThanOrEqualTo(2);
		assertThat(fact(facts, "alarm.active-rules").get("value").asDouble()).isZero();
		assertThat(fact(facts, "maintenance.preventive-plans").get("value").asDouble()).isZero();

		// another enterprise sees none of it
		assertThat(ops01(api, quiet.adminToken()).get("coverage").get("state").asString()).isEqualTo("NOT_STARTED");
		assertThat(fact(api.get("/api/v1/transform/evidence", quiet.adminToken()).json(), "device.networking-rate")
			.get("outOf")
			.asDouble()).isZero();

		PageSession session = PageSession.signIn(this.port, tenant.adminUsername(), PASSWORD);
		String page = session.get("/transform/atlas").body();
		assertThat(page).contains("场景图谱（一图四清单）").contains("id=\"atlas-graph\"").contains("设备在线监测维护");
		assertThat(row(page, "OPS-01")).contains("badge coverage-LIVE").contains("运行中");
		assertThat(row(page, "PM-05")).contains("badge coverage-NOT_STARTED");
		String detail = session.get("/transform/atlas/OPS-01").body();
		assertThat(detail).contains("数据要素")
			.contains("知识模型")
			.contains("工具软件")
			.contains("人才技能")
			.contains("badge coverage-LIVE")
			.contains("设备综合效率 OEE 与六大损失模型")
			.contains("/transform/atlas/PM-03?pack=general");
		assertThat(session.get("/transform/evidence").body()).contains("device.networking-rate")
			.contains("生产设备联网率")
			.contains("1 / 1");
	}

	@Test
	void alarmRulesMaintenancePlansAndHealthWatchesEachReportTheirPart() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("图谱维护企业"));
		String token = tenant.adminToken();
		String site = api
			.post("/api/v1/structure/nodes", token,
					Map.of("level", "SITE", "code", "MNT", "name", "维护工厂", "timeZone", "Asia/Shanghai"))
			.json()
			.get("id")
			.asString();
		Api.Answer type = api.post("/api/v1/device-types", token,
				Map.of("code", unique("spindle"), "nameZh", "主轴", "properties",
						List.of(Map.of("identifier", "vibrationRms", "nameZh", "振动", "dataType", "DOUBLE"),
								Map.of("identifier", "spindleLoad", "nameZh", "负载", "dataType", "DOUBLE"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		String typeId = type.json().get("id").asString();
		String key = unique("atlas-spindle");
		Api.Answer device = api.post("/api/v1/devices", token,
				Map.of("key", key, "name", "主轴", "typeId", typeId, "nodeId", site));
		String machine = api
			.post("/api/v1/equipment", token, Map.of("code", unique("VMC"), "name", "立式加工中心", "nodeId", site,
					"criticality", "B", "deviceId", device.json().get("id").asString()))
			.json()
			.get("id")
			.asString();

		assertThat(api.post("/api/v1/alarm-rules", token,
				Map.of("name", "主轴过载", "deviceTypeId", typeId, "property", "spindleLoad", "kind", "THRESHOLD",
						"comparison", ">", "limit", 95, "severity", "MAJOR", "messageZh", "{device} 过载", "messageEn",
						"{device} overload"))
			.status()).isEqualTo(201);
		assertThat(api
			.post("/api/v1/maintenance-plans", token,
					Map.of("equipmentId", machine, "name", "每 500 件保养", "trigger", "COUNTER", "every", 500))
			.status()).isEqualTo(201);
		assertThat(api
			.put("/api/v1/health/" + machine + "/profile", token,
					Map.of("vibration", "vibrationRms", "load", "spindleLoad"))
			.status()).isEqualTo(200);

		JsonNode configured = ops01(api, token);
		assertThat(configured.get("coverage").get("state").asString()).isEqualTo("CONFIGURED");
		assertThat(state(configured, "alarm")).isEqualTo("CONFIGURED");
		assertThat(state(configured, "maintenance")).isEqualTo("CONFIGURED");
		assertThat(state(configured, "health")).isEqualTo("CONFIGURED");
		assertThat(state(configured, "equipment")).as("no signal mapping yet").isEqualTo("NOT_STARTED");
		JsonNode facts = api.get("/api/v1/transform/evidence", token).json();
		assertThat(fact(facts, "alarm.active-rules").get("value").asDouble()).isEqualTo(1);
		assertThat(fact(facts, "maintenance.preventive-plans").get("value").asDouble()).isEqualTo(1);
		assertThat(fact(facts, "health.watched-machines").get("value").asDouble()).isEqualTo(1);
		assertThat(fact(facts, "equipment.oee-statistics").get("value").asDouble()).isZero();

		Api.Answer sent = api.postBasic("/api/v1/devices/" + key + "/telemetry", key,
				device.json().get("secret").asString(), "application/json",
				"{\"values\": {\"vibrationRms\": 1.2, \"spindleLoad\": 40}}".getBytes(StandardCharsets.UTF_8));
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		JsonNode live = ops01(api, token);
		assertThat(live.get("coverage").get("state").asString()).isEqualTo("LIVE");
		assertThat(state(live, "alarm")).isEqualTo("LIVE");
		assertThat(live.get("coverage").get("reason").asString()).contains("1 条告警规则");
	}

	@Test
	void filtersPacksAndBadParameters() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("图谱筛选企业"));
		String token = tenant.adminToken();
		JsonNode operations = api.get("/api/v1/transform/atlas?category=OPS", token).json();
		assertThat(codes(operations)).containsExactly("OPS-01", "OPS-02");
		assertThat(operations.get("links")).allSatisfy((l) -> assertThat(l.get("from").asString()).startsWith("OPS-"));
		JsonNode energy = api.get("/api/v1/transform/atlas?tag=ENERGY", token).json();
		assertThat(codes(energy)).containsExactly("PM-02", "PM-05");
		assertThat(codes(api.get("/api/v1/transform/atlas?category=PM&tag=SAFETY", token).json()))
			.containsExactly("PM-06");

		JsonNode general = api.get("/api/v1/transform/atlas/OPS-01", token).json();
		JsonNode machining = api.get("/api/v1/transform/atlas/OPS-01?pack=machining", token).json();
		assertThat(machining.get("painPoints").size()).isEqualTo(general.get("painPoints").size() + 2);
		assertThat(machining.get("pack").asString()).isEqualTo("machining");

		Api.Answer pack = api.get("/api/v1/transform/atlas?pack=textiles", token, Map.of("Accept-Language", "en"));
		assertThat(pack.status()).isEqualTo(400);
		assertThat(pack.body()).contains("textiles").contains("general, machining");
		Api.Answer tag = api.get("/api/v1/transform/atlas?tag=SHINY", token);
		assertThat(tag.status()).isEqualTo(400);
		assertThat(tag.body()).contains("SHINY").contains("NEW_MODEL");
		assertThat(api.get("/api/v1/transform/atlas?category=XX", token).status()).isEqualTo(400);
		assertThat(api.get("/api/v1/transform/atlas/ZZ-01", token).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/transform/atlas", null).status()).isEqualTo(401);

		PageSession session = PageSession.signIn(this.port, tenant.adminUsername(), PASSWORD);
		String page = session.get("/transform/atlas?pack=machining&tag=SAFETY&lang=en").body();
		assertThat(page).contains("Scenario atlas")
			.contains("Machining")
			.contains("scenario-OPS-01")
			.doesNotContain("scenario-BM-01");
		assertThat(session.get("/transform/atlas/OPS-01?pack=machining&lang=en").body())
			.contains("Spindle vibration and temperature")
			.contains("Data elements");
		// pages answer a problem by going back with the reason shown (PageProblemAdvice)
		assertThat(session.get("/transform/atlas/ZZ-01").statusCode()).isEqualTo(302);
	}

	private static JsonNode ops01(Api api, String token) {
		Api.Answer answer = api.get("/api/v1/transform/atlas/OPS-01", token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static JsonNode scenario(JsonNode atlas, String code) {
		for (JsonNode s : atlas.get("scenarios")) {
			if (s.get("code").asString().equals(code)) {
				return s;
			}
		}
		throw new AssertionError("No scenario " + code);
	}

	private static List<String> codes(JsonNode atlas) {
		List<String> codes = new ArrayList<>();
		atlas.get("scenarios").forEach((s) -> codes.add(s.get("code").asString()));
		return codes;
	}

	private static List<String> modules(JsonNode scenario) {
		List<String> modules = new ArrayList<>();
		scenario.get("coverage").get("sources").forEach((s) -> modules.add(s.get("module").asString()));
		return modules;
	}

	private static String state(JsonNode scenario, String module) {
		for (JsonNode s : scenario.get("coverage").get("sources")) {
			if (s.get("module").asString().equals(module)) {
				return s.get("state").asString();
			}
		}
		throw new AssertionError("No coverage from " + module);
	}

	private static JsonNode fact(JsonNode facts, String key) {
		for (JsonNode f : facts) {
			if (f.get("key").asString().equals(key)) {
				return f;
			}
		}
		throw new AssertionError("No fact " + key + " in " + facts);
	}

	private static String row(String page, String code) {
		int start = page.indexOf("id=\"scenario-" + code + "\"");
		assertThat(start).as("row of " + code).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

}
