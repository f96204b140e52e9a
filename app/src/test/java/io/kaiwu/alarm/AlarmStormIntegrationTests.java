package io.kaiwu.alarm;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kaiwu.connectivity.MqttEndpoint;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.MqttDevice;
import io.kaiwu.support.Tenants;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Storm control over real MQTT: with at most three new alarms per device within five
 * seconds, one message that breaks five rules gives the first three rules' alarms and one
 * storm alarm that names the two folded rules and counts them; it clears once the rate
 * has fallen back.
 */
@KaiwuIntegrationTest
@TestPropertySource(properties = { "kaiwu.alarm.storm.max-raises=3", "kaiwu.alarm.storm.window=5s",
		"kaiwu.alarm.no-data-check=1s" })
class AlarmStormIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MqttEndpoint broker;

	@Autowired
	MeterRegistry meters;

	@Test
	void aBurstGivesTheFirstRulesAlarmsAndOneStormAlarmThatClearsWhenTheRateFallsBack() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("告警风暴企业"));
		String token = tenant.adminToken();
		String site = api
			.post("/api/v1/structure/nodes", token,
					Map.of("level", "SITE", "code", "STM", "name", "风暴工厂", "timeZone", "Asia/Shanghai"))
			.json()
			.get("id")
			.asString();
		Api.Answer type = api.post("/api/v1/device-types", token,
				Map.of("code", unique("boiler"), "nameZh", "锅炉", "nameEn", "Boiler", "properties",
						List.of(Map.of("identifier", "pressure", "nameZh", "压力", "nameEn", "Pressure", "dataType",
								"DOUBLE", "unit", "MPa"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		Map<String, String> ruleNames = new java.util.HashMap<>();
		for (int limit = 10; limit <= 50; limit += 10) {
			String name = "压力超过 " + limit;
			Api.Answer rule = api.post("/api/v1/alarm-rules", token,
					Map.of("name", name, "deviceTypeId", type.json().get("id").asString(), "property", "pressure",
							"kind", "THRESHOLD", "comparison", ">", "limit", limit, "severity", "MINOR", "messageZh",
							"{device} 压力 {value}", "messageEn", "{device} pressure {value}"));
			assertThat(rule.status()).as(rule.body()).isEqualTo(201);
			ruleNames.put(rule.json().get("id").asString(), name);
		}
		String key = unique("boiler");
		Api.Answer device = api.post("/api/v1/devices", token,
				Map.of("key", key, "name", "锅炉 " + key, "typeId", type.json().get("id").asString(), "nodeId", site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		String deviceId = device.json().get("id").asString();
		double foldedBefore = this.meters.get("kaiwu.alarm.storm.folded").counter().count();

		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		try (MqttDevice boiler = MqttDevice.connect(this.broker, key, device.json().get("secret").asString())) {
			boiler.publish("{\"ts\":" + t0.toEpochMilli() + ",\"values\":{\"pressure\":500}}");
		}
		List<JsonNode> raised = await().atMost(Duration.ofSeconds(20))
			.until(() -> alarms(api, token, deviceId), (list) -> list.size() == 4);
		List<JsonNode> storms = raised.stream().filter((a) -> "storm".equals(a.get("condition").asString())).toList();
		assertThat(storms).hasSize(1);
		Set<String> withOwnAlarm = new HashSet<>();
		raised.stream()
			.filter((a) -> !a.get("ruleId").isNull())
			.forEach((a) -> withOwnAlarm.add(a.get("ruleId").asString()));
		assertThat(withOwnAlarm).hasSize(3);

		String stormId = storms.get(0).get("id").asString();
		JsonNode storm = api.get("/api/v1/alarms/" + stormId, token).json();
		assertThat(storm.get("message").get("zh").asString()).startsWith("告警风暴：锅炉 " + key)
			.contains("5 秒")
			.contains("3 条");
		assertThat(storm.get("storm").get("folded").asInt()).isEqualTo(2);
		Set<String> folded = new HashSet<>();
		storm.get("storm").get("rules").forEach((r) -> {
			assertThat(r.get("folded").asInt()).isEqualTo(1);
			assertThat(r.get("name").asString()).isEqualTo(ruleNames.get(r.get("ruleId").asString()));
			folded.add(r.get("ruleId").asString());
		});
		Set<String> all = new HashSet<>(withOwnAlarm);
		all.addAll(folded);
		assertThat(folded).hasSize(2).doesNotContainAnyElementsOf(withOwnAlarm);
		assertThat(all).isEqualTo(ruleNames.keySet());
		assertThat(this.meters.get("kaiwu.alarm.storm.folded").counter().count() - foldedBefore).isEqualTo(2);

		JsonNode calm = await().atMost(Duration.ofSeconds(30))
			.until(() -> api.get("/api/v1/alarms/" + stormId, token).json(),
					(json) -> "CLEARED_UNACKNOWLEDGED".equals(json.get("state").asString()));
		assertThat(calm.get("cleared").get("by").asString()).isEqualTo("system");
		assertThat(raised.stream()
			.filter((a) -> !a.get("ruleId").isNull())
			.allMatch((a) -> "ACTIVE_UNACKNOWLEDGED".equals(a.get("state").asString()))).isTrue();
	}

	private static List<JsonNode> alarms(Api api, String token, String deviceId) {
		Api.Answer answer = api.get("/api/v1/alarms?device=" + deviceId, token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		answer.json().get("items").forEach(items::add);
		return items;
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
