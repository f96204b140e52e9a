package io.kaiwu.alarm;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.book.AlarmBook;
import io.kaiwu.connectivity.MqttEndpoint;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.MqttDevice;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Escalation: a rule says its alarms escalate when nobody acknowledges them for ten
 * minutes. Telemetry over MQTT raises the alarms; the escalation check is run at chosen
 * times instead of waiting for the scheduler, so the clock is the test's.
 */
@KaiwuIntegrationTest
@RecordApplicationEvents
class AlarmEscalationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MqttEndpoint broker;

	@Autowired
	AlarmBook book;

	@Autowired
	ApplicationEvents events;

	@Test
	void oneAlarmOverMqttIsRaisedEscalatedAcknowledgedAndClearedWhileAnAcknowledgedOneNeverEscalates() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("升级测试企业"));
		String token = tenant.adminToken();
		String site = created(api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", "ESC", "name", "升级工厂", "timeZone", "Asia/Shanghai")));
		String type = created(api.post("/api/v1/device-types", token,
				Map.of("code", unique("boiler"), "nameZh", "锅炉", "nameEn", "Boiler", "properties",
						List.of(Map.of("identifier", "pressure", "nameZh", "压力", "nameEn", "Pressure", "dataType",
								"DOUBLE", "unit", "MPa")))));
		Api.Answer refused = api.post("/api/v1/alarm-rules", token, rule(type, "PT10S"));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("escalateAfter");
		Api.Answer rule = api.post("/api/v1/alarm-rules", token, rule(type, "PT10M"));
		assertThat(rule.status()).as(rule.body()).isEqualTo(201);
		assertThat(rule.json().get("escalateAfter").asString()).isEqualTo("PT10M");

		Instant t0 = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
		Raised raised = raiseOn(api, token, type, site, t0);
		JsonNode ignored = raised.alarm();
		JsonNode acknowledgedFirst = raiseOn(api, token, type, site, t0).alarm();
		Api.Answer ack = api.post("/api/v1/alarms/" + acknowledgedFirst.get("id").asString() + "/acknowledge", token,
				Map.of());
		assertThat(ack.status()).as(ack.body()).isEqualTo(200);

		Instant due = t0.plus(Duration.ofMinutes(10));
		assertThat(OffsetDateTime.parse(ignored.get("escalateAt").asString()).toInstant()).isEqualTo(due);

		this.book.escalateDue(due.minusSeconds(1));
		assertThat(alarm(api, token, ignored).get("escalatedAt").isNull()).isTrue();

		this.book.escalateDue(due);
		this.book.escalateDue(due.plus(Duration.ofMinutes(5)));
		JsonNode escalated = alarm(api, token, ignored);
		assertThat(OffsetDateTime.parse(escalated.get("escalatedAt").asString()).toInstant()).isEqualTo(due);
		assertThat(escalated.get("state").asString()).isEqualTo("ACTIVE_UNACKNOWLEDGED");
		List<String> actions = new ArrayList<>();
		escalated.get("history").forEach((step) -> actions.add(step.get("action").asString()));
		assertThat(actions).containsExactly("RAISED", "ESCALATED");
		UUID ignoredId = UUID.fromString(ignored.get("id").asString());
		assertThat(this.events.stream(AlarmEscalated.class).filter((e) -> e.alarmId().equals(ignoredId)))
			.singleElement()
			.satisfies((e) -> assertThat(e.at()).isEqualTo(due));

		// acknowledged late, then the pressure falls back: cleared and closed, still one
		// alarm
		Api.Answer late = api.post("/api/v1/alarms/" + ignoredId + "/acknowledge", token, Map.of());
		assertThat(late.json().get("state").asString()).isEqualTo("ACTIVE_ACKNOWLEDGED");
		try (MqttDevice boiler = MqttDevice.connect(this.broker, raised.key(), raised.secret())) {
			boiler.publish("{\"ts\":" + t0.plusSeconds(1).toEpochMilli() + ",\"values\":{\"pressure\":1.2}}");
		}
		JsonNode closed = await().atMost(Duration.ofSeconds(20))
			.until(() -> alarm(api, token, ignored), (json) -> "CLOSED".equals(json.get("state").asString()));
		List<String> lifecycle = new ArrayList<>();
		closed.get("history").forEach((step) -> lifecycle.add(step.get("action").asString()));
		assertThat(lifecycle).containsExactly("RAISED", "ESCALATED", "ACKNOWLEDGED", "CLEARED");
		assertThat(api.get("/api/v1/alarms?device=" + raised.deviceId(), token).json().get("total").asLong())
			.isEqualTo(1);

		assertThat(alarm(api, token, acknowledgedFirst).get("escalatedAt").isNull()).isTrue();
		UUID acknowledgedId = UUID.fromString(acknowledgedFirst.get("id").asString());
		assertThat(this.events.stream(AlarmEscalated.class).filter((e) -> e.alarmId().equals(acknowledgedId)))
			.isEmpty();
	}

	/** An alarm and the device that raised it. */
	record Raised(JsonNode alarm, String deviceId, String key, String secret) {
	}

	/** A new device of the type sends a pressure above the limit; answers its alarm. */
	private Raised raiseOn(Api api, String token, String type, String site, Instant at) {
		String key = unique("boiler");
		Api.Answer device = api.post("/api/v1/devices", token,
				Map.of("key", key, "name", "锅炉 " + key, "typeId", type, "nodeId", site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		String deviceId = device.json().get("id").asString();
		try (MqttDevice boiler = MqttDevice.connect(this.broker, key, device.json().get("secret").asString())) {
			boiler.publish("{\"ts\":" + at.toEpochMilli() + ",\"values\":{\"pressure\":1.9}}");
		}
		JsonNode alarm = await().atMost(Duration.ofSeconds(20)).until(() -> {
			Api.Answer answer = api.get("/api/v1/alarms?device=" + deviceId, token);
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			return answer.json().get("items");
		}, (items) -> items.size() == 1).get(0);
		return new Raised(alarm, deviceId, key, device.json().get("secret").asString());
	}

	private static JsonNode alarm(Api api, String token, JsonNode alarm) {
		Api.Answer answer = api.get("/api/v1/alarms/" + alarm.get("id").asString(), token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static Map<String, Object> rule(String type, String escalateAfter) {
		return Map.of("name", "锅炉超压", "deviceTypeId", type, "property", "pressure", "kind", "THRESHOLD", "comparison",
				">", "limit", 1.6, "severity", "CRITICAL", "messageZh", "{device} 压力 {value} {unit}", "messageEn",
				"{device} pressure {value} {unit}", "escalateAfter", escalateAfter);
	}

	private static String created(Api.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
