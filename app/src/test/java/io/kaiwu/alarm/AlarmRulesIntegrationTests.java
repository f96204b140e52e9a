package io.kaiwu.alarm;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.kaiwu.connectivity.MqttEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.kaiwu.shared.TenantId;
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
 * Rules and alarms end to end: a threshold rule made over REST, telemetry published over
 * MQTT to the embedded broker, one alarm for the whole excursion, acknowledged by an
 * operator and closed once the value is back beyond the deadband.
 */
@KaiwuIntegrationTest
class AlarmRulesIntegrationTests {

	@LocalServerPort
	int port;

	final MqttEndpoint broker;

	final Alarms alarms;

	final MeterRegistry meters;

	Api api;

	static Tenants.FreshTenant tenant;

	static String site;

	static String type;

	AlarmRulesIntegrationTests(@Autowired MqttEndpoint broker, @Autowired Alarms alarms,
			@Autowired MeterRegistry meters) {
		this.meters = meters;
		this.broker = broker;
		this.alarms = alarms;
	}

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		if (tenant == null) {
			tenant = Tenants.fresh(this.api, unique("告警测试企业"));
			Api.Answer created = this.api.post("/api/v1/structure/nodes", tenant.adminToken(),
					Map.of("level", "SITE", "code", "ALM", "name", "告警工厂", "timeZone", "Asia/Shanghai"));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			site = created.json().get("id").asString();
			Api.Answer oven = this.api.post("/api/v1/device-types", tenant.adminToken(),
					Map.of("code", unique("oven"), "nameZh", "烘箱", "nameEn", "Oven", "properties",
							List.of(Map.of("identifier", "temperature", "nameZh", "温度", "nameEn", "Temperature",
									"dataType", "DOUBLE", "unit", "°C", "min", -50, "max", 500),
									Map.of("identifier", "mode", "nameZh", "模式", "dataType", "STRING"))));
			assertThat(oven.status()).as(oven.body()).isEqualTo(201);
			type = oven.json().get("id").asString();
		}
	}

	@Test
	void severalViolatingMessagesRaiseOneAlarmThatIsAcknowledgedAndClosedBeyondTheDeadband() throws Exception {
		String key = unique("oven");
		Api.Answer device = oven(key);
		String deviceId = device.json().get("id").asString();
		String secret = device.json().get("secret").asString();
		Api.Answer rule = this.api.post("/api/v1/alarm-rules", tenant.adminToken(),
				rule("烘箱超温", Map.of("deviceTypeId", type, "property", "temperature", "kind", "THRESHOLD", "comparison",
						">", "limit", 80, "deadband", 5, "severity", "MAJOR")));
		assertThat(rule.status()).as(rule.body()).isEqualTo(201);

		Instant t0 = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
		try (MqttDevice client = MqttDevice.connect(this.broker, key, secret)) {
			// four violating values, two of them in one message, one arriving late
			client.publish("{\"ts\":" + t0.toEpochMilli() + ",\"values\":{\"temperature\":85}}");
			client.publish("[{\"ts\":" + t0.plusSeconds(2).toEpochMilli() + ",\"values\":{\"temperature\":90}},"
					+ "{\"ts\":" + t0.plusSeconds(3).toEpochMilli() + ",\"values\":{\"temperature\":95}}]");
			client.publish("{\"ts\":" + t0.plusSeconds(1).toEpochMilli() + ",\"values\":{\"temperature\":99}}");

			JsonNode raised = await().atMost(Duration.ofSeconds(20))
				.until(() -> alarmsOf(deviceId), (list) -> !list.isEmpty())
				.get(0);
			assertThat(raised.get("state").asString()).isEqualTo("ACTIVE_UNACKNOWLEDGED");
			// the delay is measured from the breaking value's timestamp, a minute ago
			assertThat(this.meters.get("kaiwu.alarm.raise.delay").timer().max(TimeUnit.SECONDS)).isGreaterThan(59);
			assertThat(raised.get("severity").asString()).isEqualTo("MAJOR");
			assertThat(raised.get("ruleId").asString()).isEqualTo(rule.json().get("id").asString());
			assertThat(raised.get("message").get("zh").asString()).isEqualTo("烘箱 " + key + " 温度 = 85 °C，超过 80");
			assertThat(raised.get("message").get("en").asString())
				.isEqualTo("烘箱 " + key + " Temperature = 85 °C, above 80");
			String alarmId = raised.get("id").asString();

			String operator = operator();
			Api.Answer acknowledged = this.api.post("/api/v1/alarms/" + alarmId + "/acknowledge", operator, null);
			assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
			assertThat(acknowledged.json().get("state").asString()).isEqualTo("ACTIVE_ACKNOWLEDGED");
			assertThat(acknowledged.json().get("acknowledged").get("by").asString()).startsWith("operator");

			// 78 is below the limit but inside the deadband (75, 80]: still active
			client.publish("{\"ts\":" + t0.plusSeconds(4).toEpochMilli() + ",\"values\":{\"temperature\":78}}");
			Instant back = t0.plusSeconds(5);
			client.publish("{\"ts\":" + back.toEpochMilli() + ",\"values\":{\"temperature\":74}}");

			JsonNode closed = await().atMost(Duration.ofSeconds(20))
				.until(() -> this.api.get("/api/v1/alarms/" + alarmId, tenant.adminToken()).json(),
						(json) -> "CLOSED".equals(json.get("state").asString()));
			assertThat(Instant.parse(closed.get("cleared").get("at").asString())).isEqualTo(back);
			assertThat(closed.get("cleared").get("by").asString()).isEqualTo("system");
			List<String> history = new ArrayList<>();
			closed.get("history").forEach((step) -> history.add(step.get("action").asString()));
			assertThat(history).containsExactly("RAISED", "ACKNOWLEDGED", "CLEARED");
		}
		// every message was judged before the clear (one queue, in order): still one
		// alarm
		assertThat(alarmsOf(deviceId)).hasSize(1);
		assertThat(this.api.get("/api/v1/alarms?state=OPEN&device=" + deviceId, tenant.adminToken())
			.json()
			.get("total")
			.asLong()).isZero();
	}

	@Test
	void aNoDataRuleOfOneDeviceRaisesOnTheTimerWhenTheDeviceFallsSilent() throws Exception {
		String key = unique("oven");
		Api.Answer device = oven(key);
		String deviceId = device.json().get("id").asString();
		// a rule of the device itself, not of its type: its batches pass the writer
		// thread's filter by the device's id
		Api.Answer rule = this.api.post("/api/v1/alarm-rules", tenant.adminToken(),
				Map.of("name", "烘箱无数据", "deviceId", deviceId, "property", "temperature", "kind", "NO_DATA", "duration",
						"PT1S", "severity", "WARNING", "messageZh", "{device} 无数据", "messageEn", "{device} silent"));
		assertThat(rule.status()).as(rule.body()).isEqualTo(201);

		try (MqttDevice client = MqttDevice.connect(this.broker, key, device.json().get("secret").asString())) {
			client.publish("{\"ts\":" + Instant.now().toEpochMilli() + ",\"values\":{\"temperature\":60}}");
		}

		// nothing more arrives: the no-data check (every 10 s) raises the alarm
		JsonNode raised = await().atMost(Duration.ofSeconds(40))
			.until(() -> alarmsOf(deviceId), (list) -> !list.isEmpty())
			.get(0);
		assertThat(raised.get("ruleId").asString()).isEqualTo(rule.json().get("id").asString());
		assertThat(raised.get("message").get("en").asString()).isEqualTo("烘箱 " + key + " silent");
	}

	@Test
	void acknowledgingAClosedAlarmAnswersItsStateAndARulesAlarmIsNotClearedByHand() {
		TenantId tenantId = TenantId.of(UUID.fromString(tenant.id()));
		Originator characteristic = new Originator("inspection-characteristic", unique("bore-diameter"));
		AlarmMessage message = new AlarmMessage("孔径超差", "Bore diameter out of tolerance");
		UUID first = this.alarms.raise(tenantId, characteristic, "out-of-tolerance", Severity.MINOR, message);
		assertThat(this.alarms.raise(tenantId, characteristic, "out-of-tolerance", Severity.MINOR, message))
			.isEqualTo(first);

		Api.Answer cleared = this.api.post("/api/v1/alarms/" + first + "/clear", tenant.adminToken(), null);
		assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
		assertThat(cleared.json().get("state").asString()).isEqualTo("CLEARED_UNACKNOWLEDGED");
		Api.Answer closed = this.api.post("/api/v1/alarms/" + first + "/acknowledge", tenant.adminToken(), null);
		assertThat(closed.json().get("state").asString()).isEqualTo("CLOSED");
		Api.Answer again = this.api.post("/api/v1/alarms/" + first + "/acknowledge", tenant.adminToken(), null);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("state").asString()).isEqualTo("CLOSED");
		assertThat(again.json().get("acknowledged")).isEqualTo(closed.json().get("acknowledged"));

		// closed: the next excursion is a new alarm
		UUID second = this.alarms.raise(tenantId, characteristic, "out-of-tolerance", Severity.MINOR, message);
		assertThat(second).isNotEqualTo(first);
		assertThat(this.alarms.clear(tenantId, characteristic, "out-of-tolerance", "quality")).isTrue();
		assertThat(this.alarms.clear(tenantId, characteristic, "out-of-tolerance", "quality")).isFalse();

		// another tenant does not see it
		Tenants.FreshTenant other = Tenants.fresh(this.api, unique("别的企业"));
		assertThat(this.api.get("/api/v1/alarms/" + first, other.adminToken()).status()).isEqualTo(404);
	}

	@Test
	void raisesArrivingTogetherOpenOneAlarm() throws Exception {
		TenantId tenantId = TenantId.of(UUID.fromString(tenant.id()));
		Originator point = new Originator("discharge-point", unique("outfall"));
		AlarmMessage message = new AlarmMessage("COD 超标", "COD over the limit");
		int callers = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<UUID>> raised = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				raised.add(pool.submit(() -> {
					start.await();
					return this.alarms.raise(tenantId, point, "cod-over-limit", Severity.CRITICAL, message);
				}));
			}
			start.countDown();
			Set<UUID> ids = new HashSet<>();
			for (Future<UUID> id : raised) {
				ids.add(id.get(30, TimeUnit.SECONDS));
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRuleNamingAPropertyTheThingModelLacksIsRefusedWithTheKnownOnes() {
		Api.Answer refused = this.api.post("/api/v1/alarm-rules", tenant.adminToken(),
				rule("压力过高", Map.of("deviceTypeId", type, "property", "pressure", "kind", "THRESHOLD", "comparison",
						">", "limit", 10, "severity", "CRITICAL")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.body()).contains("pressure").contains("temperature").contains("\"property\"");

		Api.Answer incomplete = this.api.post("/api/v1/alarm-rules", tenant.adminToken(),
				rule("文本规则", Map.of("deviceTypeId", type, "property", "mode", "kind", "RANGE", "severity", "LOUD")));
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.body()).contains("\"low\"").contains("\"high\"").contains("\"severity\"");

		Api.Answer badTemplate = this.api.post("/api/v1/alarm-rules", tenant.adminToken(),
				Map.of("name", "错误模板", "deviceTypeId", type, "property", "temperature", "kind", "NO_DATA", "duration",
						"PT5M", "severity", "WARNING", "messageZh", "{device} 无数据 {speed}", "messageEn",
						"{device} silent"));
		assertThat(badTemplate.status()).isEqualTo(400);
		assertThat(badTemplate.body()).contains("speed").contains("\"messageZh\"");
	}

	private static Map<String, Object> rule(String name, Map<String, Object> fields) {
		Map<String, Object> rule = new HashMap<>(fields);
		rule.put("name", name);
		rule.put("messageZh", "{device} {property} = {value} {unit}，超过 {limit}");
		rule.put("messageEn", "{device} {property} = {value} {unit}, above {limit}");
		return rule;
	}

	/** A new oven of the test's type on the test's site. */
	private Api.Answer oven(String key) {
		Api.Answer device = this.api.post("/api/v1/devices", tenant.adminToken(),
				Map.of("key", key, "name", "烘箱 " + key, "typeId", type, "nodeId", site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		return device;
	}

	private List<JsonNode> alarmsOf(String deviceId) {
		Api.Answer answer = this.api.get("/api/v1/alarms?device=" + deviceId, tenant.adminToken());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		answer.json().get("items").forEach(items::add);
		return items;
	}

	private String operator() {
		String username = unique("operator");
		Api.Answer user = this.api.post("/api/v1/users", tenant.adminToken(), Map.of("username", username,
				"displayName", "值班员", "temporaryPassword", "Temporary-Pass-7", "roles", List.of("OPERATOR")));
		assertThat(user.status()).as(user.body()).isEqualTo(201);
		this.api.post("/api/v1/auth/password", null,
				Map.of("username", username, "password", "Temporary-Pass-7", "newPassword", "Settled-Passw0rd-7"));
		return this.api.token(username, "Settled-Passw0rd-7");
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
