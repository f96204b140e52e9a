package io.kaiwu.alarm;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.connectivity.MqttEndpoint;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.MqttDevice;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Expression rules end to end: a condition over a spindle's temperature and vibration,
 * judged over real MQTT with the newest value of the property the message does not bring,
 * and rules that do not parse or name unknown properties refused before they are saved.
 */
@KaiwuIntegrationTest
class ExpressionRulesIntegrationTests {

	@LocalServerPort
	int port;

	final MqttEndpoint broker;

	Api api;

	static Tenants.FreshTenant tenant;

	static String site;

	static String type;

	ExpressionRulesIntegrationTests(@Autowired MqttEndpoint broker) {
		this.broker = broker;
	}

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		if (tenant == null) {
			tenant = Tenants.fresh(this.api, unique("表达式规则企业"));
			Api.Answer created = this.api.post("/api/v1/structure/nodes", tenant.adminToken(),
					Map.of("level", "SITE", "code", "EXP", "name", "表达式工厂", "timeZone", "Asia/Shanghai"));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			site = created.json().get("id").asString();
			Api.Answer spindle = this.api.post("/api/v1/device-types", tenant.adminToken(),
					Map.of("code", unique("spindle"), "nameZh", "主轴", "nameEn", "Spindle", "properties",
							List.of(Map.of("identifier", "temperature", "nameZh", "温度", "nameEn", "Temperature",
									"dataType", "DOUBLE", "unit", "°C"),
									Map.of("identifier", "vibration", "nameZh", "振动", "nameEn", "Vibration", "dataType",
											"DOUBLE", "unit", "mm/s"),
									Map.of("identifier", "mode", "nameZh", "模式", "dataType", "STRING"))));
			assertThat(spindle.status()).as(spindle.body()).isEqualTo(201);
			type = spindle.json().get("id").asString();
		}
	}

	@Test
	void aHotAndShakingSpindleRaisesOneAlarmWithBothValuesAndClearsBeyondTheDeadband() {
		String key = unique("spindle");
		Api.Answer device = this.api.post("/api/v1/devices", tenant.adminToken(),
				Map.of("key", key, "name", "主轴 " + key, "typeId", type, "nodeId", site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		String deviceId = device.json().get("id").asString();
		Api.Answer rule = this.api.post("/api/v1/alarm-rules", tenant.adminToken(),
				Map.of("name", "主轴过热且振动", "deviceTypeId", type, "kind", "EXPRESSION", "expression",
						"temperature > 80 && vibration > 4.5", "deadband", 1, "severity", "CRITICAL", "messageZh",
						"{device} 温度 {temperature} °C，振动 {vibration} mm/s", "messageEn",
						"{device} temperature {temperature} °C, vibration {vibration} mm/s"));
		assertThat(rule.status()).as(rule.body()).isEqualTo(201);
		assertThat(rule.json().get("kind").asString()).isEqualTo("EXPRESSION");
		assertThat(rule.json().get("property").asString()).isEqualTo("temperature");
		assertThat(rule.json().get("properties").toString()).isEqualTo("[\"temperature\",\"vibration\"]");

		Instant t0 = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
		try (MqttDevice spindle = MqttDevice.connect(this.broker, key, device.json().get("secret").asString())) {
			// hot, vibration not known yet: nothing to judge
			spindle.publish(at(t0, "\"temperature\":85"));
			// shaking: judged with the newest temperature, 85
			spindle.publish(at(t0.plusSeconds(1), "\"vibration\":5.2"));
			JsonNode raised = await().atMost(Duration.ofSeconds(20))
				.until(() -> alarmsOf(deviceId), (list) -> !list.isEmpty())
				.get(0);
			assertThat(raised.get("severity").asString()).isEqualTo("CRITICAL");
			assertThat(raised.get("message").get("zh").asString()).isEqualTo("主轴 " + key + " 温度 85 °C，振动 5.2 mm/s");
			assertThat(Instant.parse(raised.get("raisedAt").asString())).isEqualTo(t0.plusSeconds(1));
			String alarmId = raised.get("id").asString();

			// 4.0 is within the deadband (1) of 4.5, 79.5 within it of 80: still active
			spindle.publish(at(t0.plusSeconds(2), "\"vibration\":4.0,\"temperature\":79.5"));
			spindle.publish(at(t0.plusSeconds(3), "\"temperature\":90,\"vibration\":6"));
			Instant back = t0.plusSeconds(4);
			spindle.publish(at(back, "\"vibration\":3.4"));
			JsonNode cleared = await().atMost(Duration.ofSeconds(20))
				.until(() -> this.api.get("/api/v1/alarms/" + alarmId, tenant.adminToken()).json(),
						(json) -> "CLEARED_UNACKNOWLEDGED".equals(json.get("state").asString()));
			assertThat(Instant.parse(cleared.get("cleared").get("at").asString())).isEqualTo(back);
			List<String> history = new ArrayList<>();
			cleared.get("history").forEach((step) -> history.add(step.get("action").asString()));
			assertThat(history).containsExactly("RAISED", "CLEARED");
		}
		assertThat(alarmsOf(deviceId)).hasSize(1);
	}

	@Test
	void expressionsThatDoNotParseOrNameUnknownPropertiesAreRefusedBeforeTheyAreSaved() {
		long before = rules();
		Api.Answer unparsable = create("temperature > 80 &&");
		assertThat(unparsable.status()).isEqualTo(400);
		assertThat(unparsable.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unparsable.body()).contains("\"expression\"").contains("第 20 个字符");

		Api.Answer unknown = create("temperature > 80 && pressure > 2");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("pressure").contains("temperature, vibration, mode");

		Api.Answer text = create("mode > 1");
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.body()).contains("mode");

		Api.Answer huge = create("temperature" + " + 1".repeat(60) + " > 0");
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.body()).contains("100");

		Api.Answer badClear = this.api.post("/api/v1/alarm-rules", tenant.adminToken(),
				Map.of("name", "坏的恢复条件", "deviceTypeId", type, "kind", "EXPRESSION", "expression", "temperature > 80",
						"clearExpression", "temperature", "severity", "MINOR", "messageZh", "{device}", "messageEn",
						"{device}"));
		assertThat(badClear.status()).isEqualTo(400);
		assertThat(badClear.body()).contains("\"clearExpression\"");

		Api.Answer badPlaceholder = this.api.post("/api/v1/alarm-rules", tenant.adminToken(),
				Map.of("name", "错误占位符", "deviceTypeId", type, "kind", "EXPRESSION", "expression", "temperature > 80",
						"severity", "MINOR", "messageZh", "{device} {vibration}", "messageEn", "{device}"));
		assertThat(badPlaceholder.status()).isEqualTo(400);
		assertThat(badPlaceholder.body()).contains("vibration").contains("\"messageZh\"");

		assertThat(rules()).isEqualTo(before);
	}

	private Api.Answer create(String expression) {
		Map<String, Object> rule = new HashMap<>(Map.of("name", "表达式", "deviceTypeId", type, "kind", "EXPRESSION",
				"expression", expression, "severity", "MINOR", "messageZh", "{device}", "messageEn", "{device}"));
		return this.api.post("/api/v1/alarm-rules", tenant.adminToken(), rule);
	}

	private long rules() {
		return this.api.get("/api/v1/alarm-rules", tenant.adminToken()).json().get("total").asLong();
	}

	private static String at(Instant ts, String values) {
		return "{\"ts\":" + ts.toEpochMilli() + ",\"values\":{" + values + "}}";
	}

	private List<JsonNode> alarmsOf(String deviceId) {
		Api.Answer answer = this.api.get("/api/v1/alarms?device=" + deviceId, tenant.adminToken());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		answer.json().get("items").forEach(items::add);
		return items;
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
