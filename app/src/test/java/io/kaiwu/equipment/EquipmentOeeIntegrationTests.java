package io.kaiwu.equipment;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.kaiwu.connectivity.MqttEndpoint;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * OEE over REST on a known shift, worked by hand. Site in Shanghai, one shift 白班
 * 08:00–16:00 with a break 12:00–12:30 (450 min working time) every day, yesterday. The
 * machine (ideal cycle time 30 s, minor-stop threshold 5 min) publishes over MQTT: down
 * 09:00–09:40 (a 40 min breakdown), down 10:00–10:03 (a 3 min minor stop), setup
 * 11:00–11:30, idle 13:00–13:10, planned stop 14:00–14:20, running otherwise; its
 * counters show 588 good and 12 rejected parts inside the shift.
 * <ul>
 * <li>planned production time = 450 − 20 = 430 min; run time = 430 − 40 − 30 = 360 min;
 * <li>availability = 360 / 430; performance = 0.5 × 600 / 360; quality = 588 / 600;
 * <li>OEE = 0.5 × 588 / 430 = 0.68372;
 * <li>losses: failure 40, setup 30, idling and minor stops 3 + 10 = 13, reduced speed 360
 * − 13 − 300 = 47, process defects 0.5 × 12 = 6, reduced yield 0 (together 136 = 430 −
 * 294).
 * </ul>
 */
@KaiwuIntegrationTest
class EquipmentOeeIntegrationTests {

	/**
	 * Yesterday in Shanghai: inside telemetry's backfill window, and the shift is over.
	 */
	static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

	@LocalServerPort
	int port;

	@Autowired
	MqttEndpoint broker;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aShiftsOeeAndSixBigLossesMatchTheHandComputedFigures() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("OEE企业"));
		String token = tenant.adminToken();
		String site = api
			.post("/api/v1/structure/nodes", token,
					Map.of("level", "SITE", "code", "OEE", "name", "OEE工厂", "timeZone", "Asia/Shanghai"))
			.json()
			.get("id")
			.asString();
		Api.Answer line = api.post("/api/v1/structure/nodes", token,
				Map.of("level", "AREA", "code", "OEE-A", "name", "机加车间", "parentId", site));
		assertThat(line.status()).as(line.body()).isEqualTo(201);
		String area = line.json().get("id").asString();
		Api.Answer type = api.post("/api/v1/device-types", token,
				Map.of("code", unique("cnc"), "nameZh", "数控机床", "properties",
						List.of(Map.of("identifier", "state", "nameZh", "状态", "dataType", "STRING"),
								Map.of("identifier", "goodParts", "nameZh", "合格件", "dataType", "LONG"),
								Map.of("identifier", "rejectParts", "nameZh", "不良件", "dataType", "LONG"))));
		String key = unique("cnc");
		Api.Answer device = api.post("/api/v1/devices", token,
				Map.of("key", key, "name", "数控机床", "typeId", type.json().get("id").asString(), "nodeId", area));
		String machineId = api
			.post("/api/v1/equipment", token, Map.of("code", unique("CNC"), "name", "加工中心", "nodeId", area,
					"criticality", "A", "deviceId", device.json().get("id").asString(), "idealCycleTime", "PT30S"))
			.json()
			.get("id")
			.asString();
		assertThat(
				api.put("/api/v1/equipment/" + machineId + "/signals", token,
						Map.of("stateProperty", "state", "stateKind", "BY_VALUE", "stateValues",
								Map.of("running", "RUNNING", "down", "DOWN", "setup", "SETUP", "planned",
										"PLANNED_STOP"),
								"otherwise", "IDLE", "goodCounter", "goodParts", "rejectCounter", "rejectParts",
								"minorStopThreshold", "PT5M"))
					.status())
			.isEqualTo(200);

		String from = DAY + "T00:00:00%2B08:00";
		String to = DAY.plusDays(1) + "T00:00:00%2B08:00";
		Api.Answer noCalendar = api.get("/api/v1/equipment/" + machineId + "/oee?from=" + from + "&to=" + to, token);
		assertThat(noCalendar.status()).isEqualTo(409);
		assertThat(noCalendar.body()).contains("OEE工厂");
		Api.Answer calendar = api.post("/api/v1/shift-calendars", token,
				Map.of("siteId", site, "name", "单班", "workingDays",
						List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"), "shifts",
						List.of(Map.of("name", "白班", "start", "08:00", "end", "16:00", "breaks",
								List.of(Map.of("start", "12:00", "end", "12:30")))),
						"holidays", List.of()));
		assertThat(calendar.status()).as(calendar.body()).isEqualTo(201);

		Mqtt5BlockingClient client = connect(key, device.json().get("secret").asString());
		try {
			publish(client, "07:30", "running", 1000L, 50L);
			publish(client, "09:00", "down", null, null);
			publish(client, "09:40", "running", null, null);
			publish(client, "10:00", "down", null, null);
			publish(client, "10:03", "running", null, null);
			publish(client, "10:30", "running", 1300L, 56L);
			publish(client, "11:00", "setup", null, null);
			publish(client, "11:30", "running", null, null);
			publish(client, "13:00", "idle", null, null);
			publish(client, "13:10", "running", null, null);
			publish(client, "14:00", "planned", null, null);
			publish(client, "14:20", "running", null, null);
			publish(client, "15:00", "running", 1588L, 62L);
			publish(client, "16:30", "idle", 1588L, 62L);
		}
		finally {
			client.disconnect();
		}
		String states = "/api/v1/equipment/" + machineId + "/states?from=" + from + "&to=" + to;
		await().atMost(Duration.ofSeconds(20)).until(() -> api.get(states, token).json().size() == 12);
		String parts = "/api/v1/equipment/" + machineId + "/parts?from=" + from + "&to=" + to;
		await().atMost(Duration.ofSeconds(20)).until(() -> api.get(parts, token).json().size() == 2);

		JsonNode shifts = api.get("/api/v1/equipment/" + machineId + "/oee?by=shift&from=" + from + "&to=" + to, token)
			.json()
			.get("periods");
		assertThat(shifts).hasSize(1);
		JsonNode shift = shifts.get(0);
		assertThat(shift.get("label").asString()).isEqualTo("白班");
		assertThat(shift.get("workingMinutes").asDouble()).isEqualTo(450.0);
		assertThat(shift.get("plannedStopMinutes").asDouble()).isEqualTo(20.0);
		assertThat(shift.get("unrecordedMinutes").asDouble()).isEqualTo(0.0);
		assertThat(shift.get("plannedProductionMinutes").asDouble()).isEqualTo(430.0);
		assertThat(shift.get("runMinutes").asDouble()).isEqualTo(360.0);
		assertThat(shift.get("goodCount").asLong()).isEqualTo(588);
		assertThat(shift.get("rejectCount").asLong()).isEqualTo(12);
		assertThat(shift.get("availability").asDouble()).isCloseTo(360.0 / 430, within(1e-9));
		assertThat(shift.get("performance").asDouble()).isCloseTo(0.5 * 600 / 360, within(1e-9));
		assertThat(shift.get("quality").asDouble()).isCloseTo(588.0 / 600, within(1e-9));
		assertThat(shift.get("oee").asDouble()).isCloseTo(0.5 * 588 / 430, within(1e-9));
		JsonNode losses = shift.get("lossMinutes");
		assertThat(losses.get("equipmentFailure").asDouble()).isCloseTo(40, within(1e-9));
		assertThat(losses.get("setupAndAdjustments").asDouble()).isCloseTo(30, within(1e-9));
		assertThat(losses.get("idlingAndMinorStops").asDouble()).isCloseTo(13, within(1e-9));
		assertThat(losses.get("reducedSpeed").asDouble()).isCloseTo(47, within(1e-9));
		assertThat(losses.get("processDefects").asDouble()).isCloseTo(6, within(1e-9));
		assertThat(losses.get("reducedYield").asDouble()).isCloseTo(0, within(1e-9));

		// the day has only this shift: the same figures
		JsonNode day = api.get("/api/v1/equipment/" + machineId + "/oee?by=day&from=" + from + "&to=" + to, token)
			.json()
			.get("periods")
			.get(0);
		assertThat(day.get("label").asString()).isEqualTo(DAY.toString());
		assertThat(day.get("oee").asDouble()).isCloseTo(0.5 * 588 / 430, within(1e-9));

		// the workshop: this machine and one without an ideal cycle time, which is named
		String unmeasured = api
			.post("/api/v1/equipment", token,
					Map.of("code", unique("SAW"), "name", "锯床", "nodeId", area, "criticality", "C"))
			.json()
			.get("id")
			.asString();
		Api.Answer refused = api.get("/api/v1/equipment/" + unmeasured + "/oee?from=" + from + "&to=" + to, token);
		assertThat(refused.status()).isEqualTo(409);
		JsonNode workshop = api.get("/api/v1/equipment/oee?nodeId=" + site + "&from=" + from + "&to=" + to, token)
			.json()
			.get("periods")
			.get(0);
		assertThat(workshop.get("oee").asDouble()).isCloseTo(0.5 * 588 / 430, within(1e-9));
		assertThat(workshop.get("machines")).hasSize(2);
		JsonNode saw = workshop.get("machines")
			.get(workshop.get("machines").get(0).get("equipmentId").asString().equals(unmeasured) ? 0 : 1);
		assertThat(saw.get("oee").isNull()).isTrue();
		assertThat(saw.get("reason").asString()).contains("理想节拍");

		// output reported for 13:00–16:00 replaces the counters there (288 good, 6
		// rejects at 15:00)
		TenantId tenantId = TenantId.of(UUID.fromString(tenant.id()));
		this.transactions.executeWithoutResult((tx) -> this.events
			.publishEvent(new ReportedOutput(tenantId, UUID.fromString(machineId), at("13:00"), at("16:00"), 200, 0)));
		JsonNode reported = await().atMost(Duration.ofSeconds(20))
			.until(() -> api.get("/api/v1/equipment/" + machineId + "/oee?from=" + from + "&to=" + to, token)
				.json()
				.get("periods")
				.get(0), (p) -> "REPORTED".equals(p.get("countSource").asString()));
		assertThat(reported.get("goodCount").asLong()).isEqualTo(300 + 200);
		assertThat(reported.get("rejectCount").asLong()).isEqualTo(6);
		assertThat(reported.get("oee").asDouble()).isCloseTo(0.5 * 500 / 430, within(1e-9));

		// results evaluation takes 生产运营效率 from these figures: 500 good of 506 parts in
		// the last seven days, whatever today's shift has run so far
		String evaluation = api
			.post("/api/v1/transform/evaluations", token,
					Map.of("name", "本周", "periodFrom", DAY.toString(), "periodTo", DAY.toString()))
			.json()
			.get("id")
			.asString();
		JsonNode measured = api.post("/api/v1/transform/evaluations/" + evaluation + "/measure", token, Map.of())
			.json();
		JsonNode oee = null;
		for (JsonNode kpi : measured) {
			if (kpi.get("code").asString().equals("oee")) {
				oee = kpi;
			}
		}
		assertThat(oee).as(measured.toString()).isNotNull();
		assertThat(oee.get("source").asString()).isEqualTo("PLATFORM");
		JsonNode inputs = oee.get("inputs");
		assertThat(inputs.get("quality").asDouble()).isCloseTo(500.0 / 506, within(1e-9));
		assertThat(inputs.get("availability").asDouble()).isBetween(0.0, 1.0);
		assertThat(inputs.get("performance").asDouble()).isBetween(0.0, 1.0);
		assertThat(oee.get("value").asDouble()).isCloseTo(
				inputs.get("availability").asDouble() * inputs.get("performance").asDouble() * 500.0 / 506 * 100,
				within(1e-9));
		assertThat(oee.get("evidence").findValuesAsString("provenance")).hasSize(3)
			.anySatisfy((p) -> assertThat(p).contains("500", "506"));
	}

	private static Instant at(String time) {
		return OffsetDateTime.parse(DAY + "T" + time + ":00+08:00").toInstant();
	}

	private Mqtt5BlockingClient connect(String key, String secret) {
		URI uri = this.broker.localUri().orElseThrow();
		Mqtt5BlockingClient client = MqttClient.builder()
			.useMqttVersion5()
			.identifier(key)
			.serverHost(uri.getHost())
			.serverPort(uri.getPort())
			.buildBlocking();
		client.connectWith()
			.simpleAuth()
			.username(key)
			.password(secret.getBytes(StandardCharsets.UTF_8))
			.applySimpleAuth()
			.send();
		return client;
	}

	private static void publish(Mqtt5BlockingClient client, String time, String state, Long good, Long reject) {
		String counters = (good != null) ? ",\"goodParts\":" + good + ",\"rejectParts\":" + reject : "";
		String json = "{\"ts\":" + at(time).toEpochMilli() + ",\"values\":{\"state\":\"" + state + "\"" + counters
				+ "}}";
		client.publishWith()
			.topic("kaiwu/" + client.getConfig().getClientIdentifier().orElseThrow() + "/telemetry")
			.qos(MqttQos.AT_LEAST_ONCE)
			.payload(json.getBytes(StandardCharsets.UTF_8))
			.send();
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
