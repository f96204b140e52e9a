package io.kaiwu.ehs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Graded early warnings end to end over HTTP and SQL: a boiler stack's CEMS (SO₂ and NOx,
 * GB 13271-2014 gas-fired limits) as a discharge point and a gas detector on a hazardous
 * source; readings posted over the device HTTP API are graded, raise alarms with the
 * mapped severity, escalate to the worse grade, clear after the deadband, and leave an
 * exceedance record with the right peak and duration. Bad points are refused with their
 * field and reason.
 */
@KaiwuIntegrationTest
class EhsWarningsIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	Api api;

	String token;

	String suffix;

	String site;

	Device stack;

	Device detector;

	record Device(String id, String key, String secret) {
	}

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.token = this.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		this.suffix = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		Api.Answer node = this.api.post("/api/v1/structure/nodes", this.token, Map.of("level", "SITE", "code",
				"EHS-" + this.suffix, "name", "锅炉房 " + this.suffix, "timeZone", "Asia/Shanghai"));
		assertThat(node.status()).as(node.body()).isEqualTo(201);
		this.site = node.json().get("id").asString();
		this.stack = device("CEMS", List.of(number("so2", "mg/m³"), number("nox", "mg/m³")));
		this.detector = device("GD", List.of(number("lelPercent", "%LEL"), number("coPpm", "ppm")));
	}

	@Test
	void stackAndDetectorReadingsRaiseGradedAlarmsThatEscalateClearAndLeaveExceedanceRecords() {
		JsonNode discharge = created("/api/v1/ehs/discharge-points",
				Map.of("code", "DA-" + this.suffix, "name", "锅炉烟囱", "medium", "GAS", "nodeId", this.site, "points",
						List.of(point(this.stack, "SO₂", "so2", "mg/m³", 50, 40, 50, 60, 75, 2),
								point(this.stack, "NOx", "nox", "mg/m³", 200, 160, 200, 240, 300, 8))));
		String so2 = discharge.get("points").get(0).get("id").asString();
		String nox = discharge.get("points").get(1).get("id").asString();
		assertThat(discharge.get("points").get(0).get("thresholds").get("orange").decimalValue())
			.isEqualByComparingTo("60");
		JsonNode source = created("/api/v1/ehs/hazard-sources",
				Map.of("code", "HS-" + this.suffix, "name", "锅炉房天然气", "level", "FOUR", "nodeId", this.site,
						"substances", List.of("天然气"), "points",
						List.of(point(this.detector, "可燃气体", "lelPercent", "%LEL", 25, 10, 25, 50, 75, 1))));
		String lel = source.get("points").get(0).get("id").asString();
		assertThat(source.get("points").get(0).get("deadband").decimalValue()).isEqualByComparingTo("1");

		Instant t0 = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		// SO₂ 30 is normal, 42 opens at 蓝 (warning)
		ingest(this.stack, List.of(reading(t0, "so2", 30), reading(t0.plusSeconds(60), "so2", 42)));
		JsonNode blue = await().atMost(Duration.ofSeconds(20)).until(() -> latest(so2), (e) -> e != null);
		assertThat(blue.get("worstGrade").asString()).isEqualTo("BLUE");
		assertThat(blue.get("open").asBoolean()).isTrue();
		String blueAlarm = blue.get("alarmId").asString();
		JsonNode warning = alarm(blueAlarm);
		assertThat(warning.get("severity").asString()).isEqualTo("WARNING");
		assertThat(warning.get("state").asString()).isEqualTo("ACTIVE_UNACKNOWLEDGED");
		assertThat(warning.get("originator").get("kind").asString()).isEqualTo("ehs-point");
		assertThat(warning.get("originator").get("id").asString()).isEqualTo(so2);
		assertThat(warning.get("message").get("zh").asString()).contains("锅炉烟囱", "SO₂", "蓝色", "42", "GB 13271-2014");
		assertThat(warning.get("message").get("en").asString()).contains("Blue", "limit 50 mg/m³");

		// 55 reaches 黄 (minor): the worse alarm is raised, the 蓝 one cleared
		ingest(this.stack, List.of(reading(t0.plusSeconds(120), "so2", 55)));
		JsonNode yellow = await().atMost(Duration.ofSeconds(20))
			.until(() -> latest(so2), (e) -> e.get("worstGrade").asString().equals("YELLOW"));
		String yellowAlarm = yellow.get("alarmId").asString();
		assertThat(yellowAlarm).isNotEqualTo(blueAlarm);
		assertThat(alarm(yellowAlarm).get("severity").asString()).isEqualTo("MINOR");
		assertThat(alarm(blueAlarm).get("state").asString()).isEqualTo("CLEARED_UNACKNOWLEDGED");

		// 63.5 reaches 橙 (major); falling to 52 and to 39 (within the 2 mg/m³ deadband
		// under 40) keeps it open
		ingest(this.stack, List.of(reading(t0.plusSeconds(180), "so2", 63.5), reading(t0.plusSeconds(240), "so2", 52),
				reading(t0.plusSeconds(300), "so2", 39)));
		JsonNode orange = await().atMost(Duration.ofSeconds(20))
			.until(() -> latest(so2), (e) -> e.get("worstGrade").asString().equals("ORANGE"));
		String orangeAlarm = orange.get("alarmId").asString();
		assertThat(alarm(orangeAlarm).get("severity").asString()).isEqualTo("MAJOR");
		assertThat(alarm(yellowAlarm).get("state").asString()).isEqualTo("CLEARED_UNACKNOWLEDGED");
		await().atMost(Duration.ofSeconds(20)).until(() -> latest(so2).get("peak").asDouble() == 63.5);
		assertThat(latest(so2).get("open").asBoolean()).as("39 is within the deadband").isTrue();

		// 37 is under 40 − 2: the exceedance ends and its alarm clears
		ingest(this.stack, List.of(reading(t0.plusSeconds(420), "so2", 37)));
		JsonNode closed = await().atMost(Duration.ofSeconds(20))
			.until(() -> latest(so2), (e) -> !e.get("open").asBoolean());
		assertThat(closed.get("startedAt").asString()).isEqualTo(t0.plusSeconds(60).toString());
		assertThat(closed.get("endedAt").asString()).isEqualTo(t0.plusSeconds(420).toString());
		assertThat(closed.get("durationSeconds").asLong()).isEqualTo(360);
		assertThat(closed.get("peak").asDouble()).isEqualTo(63.5);
		assertThat(closed.get("peakAt").asString()).isEqualTo(t0.plusSeconds(180).toString());
		assertThat(closed.get("worstGrade").asString()).isEqualTo("ORANGE");
		assertThat(alarm(orangeAlarm).get("state").asString()).isEqualTo("CLEARED_UNACKNOWLEDGED");
		assertThat(exceedances(so2)).as("one record for the whole episode").hasSize(1);

		// NOx jumps straight to 红 (critical) and back; the detector's combustible gas to
		// 黄
		ingest(this.stack, List.of(reading(t0.plusSeconds(600), "nox", 310), reading(t0.plusSeconds(660), "nox", 120)));
		ingest(this.detector,
				List.of(reading(t0.plusSeconds(600), "lelPercent", 30), reading(t0.plusSeconds(690), "lelPercent", 8)));
		JsonNode red = await().atMost(Duration.ofSeconds(20))
			.until(() -> latest(nox), (e) -> e != null && !e.get("open").asBoolean());
		assertThat(red.get("worstGrade").asString()).isEqualTo("RED");
		assertThat(red.get("durationSeconds").asLong()).isEqualTo(60);
		JsonNode critical = alarm(red.get("alarmId").asString());
		assertThat(critical.get("severity").asString()).isEqualTo("CRITICAL");
		assertThat(critical.get("state").asString()).isEqualTo("CLEARED_UNACKNOWLEDGED");
		JsonNode gas = await().atMost(Duration.ofSeconds(20))
			.until(() -> latest(lel), (e) -> e != null && !e.get("open").asBoolean());
		assertThat(gas.get("worstGrade").asString()).isEqualTo("YELLOW");
		assertThat(gas.get("peak").asDouble()).isEqualTo(30);
		assertThat(gas.get("durationSeconds").asLong()).isEqualTo(90);
		assertThat(alarm(gas.get("alarmId").asString()).get("severity").asString()).isEqualTo("MINOR");
	}

	@Test
	void aLimitWithoutUnitThresholdsOutOfOrderAndAnUnknownDeviceOrPropertyAreRefusedWithTheReason() {
		Map<String, Object> noUnit = point(this.stack, "SO₂", "so2", "", 50, 40, 50, 60, 75, 2);
		Map<String, Object> outOfOrder = point(this.stack, "NOx", "nox", "mg/m³", 200, 160, 250, 240, 300, 8);
		Map<String, Object> unknownProperty = point(this.stack, "CO", "co", "mg/m³", 100, 80, 100, 120, 150, 4);
		Map<String, Object> unknownDevice = point(new Device("00000000-0000-0000-0000-000000000001", "x", "x"), "SO₂",
				"so2", "mg/m³", 50, 40, 50, 60, 75, 2);
		Map<String, Object> wrongUnit = point(this.stack, "SO₂", "so2", "ppm", 50, 40, 50, 60, 75, 2);
		Api.Answer refused = this.api.post("/api/v1/ehs/discharge-points", this.token,
				Map.of("code", "DA-" + this.suffix, "name", "锅炉烟囱", "medium", "GAS", "nodeId", this.site, "points",
						List.of(noUnit, outOfOrder, unknownProperty, unknownDevice, wrongUnit)));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		Map<String, String> byField = new HashMap<>();
		refused.json()
			.get("errors")
			.forEach((e) -> byField.put(e.get("field").asString(), e.get("message").asString()));
		assertThat(byField).containsKeys("points[0].unit", "points[1].thresholds.orange", "points[2].property",
				"points[3].deviceId", "points[4].unit");
		assertThat(byField.get("points[0].unit")).contains("单位");
		assertThat(byField.get("points[1].thresholds.orange")).contains("orange", "240", "yellow", "250");
		assertThat(byField.get("points[2].property")).contains("co", "nox, so2");
		assertThat(byField.get("points[4].unit")).contains("mg/m³");
		assertThat(this.api.get("/api/v1/ehs/discharge-points", this.token)
			.json()
			.valueStream()
			.noneMatch((d) -> d.get("code").asString().equals("DA-" + this.suffix))).as("nothing stored").isTrue();

		Api.Answer noLevel = this.api.post("/api/v1/ehs/hazard-sources", this.token, Map.of("code", "HS-" + this.suffix,
				"name", "锅炉房天然气", "level", "FIVE", "nodeId", this.site, "substances", List.of(), "points", List.of()));
		assertThat(noLevel.status()).isEqualTo(400);
		assertThat(noLevel.json().get("errors").valueStream().map((e) -> e.get("field").asString())).contains("level",
				"substances", "points");
	}

	@Test
	void theDemoStackAndGasDetectorsAreMonitoredPoints() {
		JsonNode stack = this.api.get("/api/v1/ehs/discharge-points", this.token)
			.json()
			.valueStream()
			.filter((d) -> d.get("code").asString().equals("DA001"))
			.findFirst()
			.orElseThrow();
		assertThat(stack.get("medium").asString()).isEqualTo("GAS");
		assertThat(stack.get("points")
			.valueStream()
			.map((p) -> p.get("property").asString() + " " + p.get("limit").decimalValue().toPlainString() + " "
					+ p.get("unit").asString()))
			.containsExactly("so2 50 mg/m³", "nox 200 mg/m³", "particulate 20 mg/m³");
		assertThat(stack.get("points").get(0).get("thresholds").get("red").decimalValue()).isEqualByComparingTo("75");
		List<JsonNode> sources = this.api.get("/api/v1/ehs/hazard-sources", this.token)
			.json()
			.valueStream()
			.filter((s) -> List.of("HS-BR-NG", "HS-IM-GAS", "HS-WW-H2S").contains(s.get("code").asString()))
			.toList();
		assertThat(sources).extracting((s) -> s.get("code").asString())
			.containsExactlyInAnyOrder("HS-BR-NG", "HS-IM-GAS", "HS-WW-H2S");
		JsonNode boilerRoom = sources.stream()
			.filter((s) -> s.get("code").asString().equals("HS-BR-NG"))
			.findFirst()
			.orElseThrow();
		assertThat(boilerRoom.get("name").asString()).isEqualTo("锅炉房天然气");
		assertThat(boilerRoom.get("points").valueStream().map((p) -> p.get("property").asString()))
			.containsExactly("lelPercent", "coPpm", "h2sPpm");
	}

	private JsonNode created(String path, Map<String, Object> body) {
		Api.Answer answer = this.api.post(path, this.token, body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json();
	}

	private static Map<String, Object> point(Device device, String substance, String property, String unit,
			double limit, double blue, double yellow, double orange, double red, double deadband) {
		Map<String, Object> point = new HashMap<>();
		point.put("substance", substance);
		point.put("deviceId", device.id());
		point.put("property", property);
		point.put("unit", unit);
		point.put("limit", limit);
		point.put("standard", "GB 13271-2014 表2");
		point.put("thresholds", Map.of("blue", blue, "yellow", yellow, "orange", orange, "red", red));
		point.put("deadband", deadband);
		return point;
	}

	private static Map<String, Object> number(String identifier, String unit) {
		return Map.of("identifier", identifier, "nameZh", identifier, "dataType", "DOUBLE", "unit", unit, "precision",
				1);
	}

	private Device device(String type, List<Map<String, Object>> properties) {
		Api.Answer created = this.api.post("/api/v1/device-types", this.token,
				Map.of("code", type + "-" + this.suffix, "nameZh", type, "properties", properties));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String key = type.toLowerCase(Locale.ROOT) + "-" + this.suffix.toLowerCase(Locale.ROOT);
		Api.Answer device = this.api.post("/api/v1/devices", this.token, Map.of("key", key, "name", type + " 监测仪",
				"typeId", created.json().get("id").asString(), "nodeId", this.site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		return new Device(device.json().get("id").asString(), key, device.json().get("secret").asString());
	}

	private static Map<String, Object> reading(Instant ts, String property, double value) {
		return Map.of("ts", ts.toString(), "values", Map.of(property, value));
	}

	private void ingest(Device device, List<Map<String, Object>> readings) {
		Api.Answer ingested = this.api.postBasic("/api/v1/devices/" + device.key() + "/telemetry", device.key(),
				device.secret(), "application/json",
				JSON.writeValueAsString(new ArrayList<>(readings)).getBytes(StandardCharsets.UTF_8));
		assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);
	}

	private List<JsonNode> exceedances(String point) {
		Api.Answer answer = this.api.get("/api/v1/ehs/exceedances?pointId=" + point, this.token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().valueStream().toList();
	}

	private JsonNode latest(String point) {
		List<JsonNode> found = exceedances(point);
		return found.isEmpty() ? null : found.get(0);
	}

	private JsonNode alarm(String id) {
		Api.Answer answer = this.api.get("/api/v1/alarms/" + id, this.token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

}
