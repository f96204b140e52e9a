package io.kaiwu.quality.charting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.quality.inspection.InspectionFixtures;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * From measurement to alarm, all over HTTP: the 25 phase I samples of Montgomery's piston
 * rings (moved to Ø25 mm) are recorded by hand over the inspection-record API, the limits
 * frozen over the chart API, then the 15 phase II samples arrive as telemetry of an
 * in-line gauge whose diameter property is mapped to the characteristic. Samples 37 to 39
 * lie above the UCL: the chart marks them and a quality alarm is raised, seen in
 * {@code /api/v1/alarms}.
 */
@KaiwuIntegrationTest
class ControlChartsEndToEndIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	Api api;

	InspectionFixtures given;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = InspectionFixtures.of(this.api);
	}

	@Test
	void handRecordedBaselineThenTelemetryRaisesAnOutOfControlAlarm() throws IOException {
		List<double[]> rings = ControlChartsIntegrationTests.pistonRingsAt25mm();
		JsonNode plan = this.given.plan("IN_PROCESS", List.of(InspectionFixtures.diameter(5))).json();
		String characteristic = plan.get("characteristics").get(0).get("id").asString();
		String chart = "/api/v1/quality/charts/" + characteristic;

		// phase I: 25 subgroups entered by an inspector, two days ago, ten minutes apart
		Instant t0 = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		List<Map<String, Object>> subgroups = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			List<Object> values = new ArrayList<>();
			for (double value : rings.get(i)) {
				values.add(value);
			}
			subgroups.add(Map.of("characteristicId", characteristic, "values", values, "takenAt",
					t0.plusSeconds(600L * i).toString()));
		}
		Api.Answer record = this.api.post("/api/v1/quality/inspection-records", token(),
				Map.of("planId", plan.get("id").asString(), "operator", "李质检", "subgroups", subgroups));
		assertThat(record.status()).as(record.body()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.api.get(chart, token()).json().get("subgroups").asInt()).isEqualTo(25));
		Api.Answer frozen = this.api.post(chart + "/limits", token(), Map.of("reason", "试生产 25 组"));
		assertThat(frozen.status()).as(frozen.body()).isEqualTo(201);
		assertThat(frozen.json().get("location").get("ucl").asDouble()).isCloseTo(25.01431, within(1e-4));

		// phase II: the in-line gauge measures every ring; five consecutive values make a
		// subgroup
		String site = this.api
			.post("/api/v1/structure/nodes", token(), Map.of("level", "SITE", "code", InspectionFixtures.unique("SPC"),
					"name", "活塞环车间", "timeZone", "Asia/Shanghai"))
			.json()
			.get("id")
			.asString();
		Api.Answer type = this.api.post("/api/v1/device-types", token(),
				Map.of("code", InspectionFixtures.unique("BORE").toUpperCase(Locale.ROOT), "nameZh", "在线内径测量仪",
						"properties", List.of(Map.of("identifier", "diameter", "nameZh", "内径", "dataType", "DOUBLE",
								"unit", "mm", "precision", 3))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		String key = InspectionFixtures.unique("bore");
		Api.Answer device = this.api.post("/api/v1/devices", token(),
				Map.of("key", key, "name", "OP30 内径测量仪", "typeId", type.json().get("id").asString(), "nodeId", site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		Api.Answer mapped = this.api.post("/api/v1/quality/telemetry-mappings", token(), Map.of("deviceId",
				device.json().get("id").asString(), "property", "diameter", "characteristicId", characteristic));
		assertThat(mapped.status()).as(mapped.body()).isEqualTo(201);
		Instant from = Instant.parse(mapped.json().get("takenTo").asString());
		List<Map<String, Object>> readings = new ArrayList<>();
		for (int i = 25; i < 40; i++) {
			for (int j = 0; j < 5; j++) {
				readings.add(Map.of("ts", from.plusMillis(1 + 100L * i + j).toString(), "values",
						Map.of("diameter", rings.get(i)[j])));
			}
		}
		Api.Answer ingested = this.api.postBasic("/api/v1/devices/" + key + "/telemetry", key,
				device.json().get("secret").asString(), "application/json",
				JSON.writeValueAsString(readings).getBytes(StandardCharsets.UTF_8));
		assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode points = this.api.get(chart + "/points", token()).json().get("series").get(0).get("points");
			assertThat(points).hasSize(40);
			List<Integer> beyond = new ArrayList<>();
			for (int i = 0; i < points.size(); i++) {
				for (JsonNode violation : points.get(i).get("violations")) {
					if (violation.get("rule").asString().equals("BEYOND_LIMITS")) {
						beyond.add(i + 1);
					}
				}
			}
			assertThat(beyond).containsExactly(37, 38, 39);
		});
		JsonNode alarm = null;
		for (JsonNode a : this.api.get("/api/v1/alarms?size=200", token()).json().get("items")) {
			if (a.get("originator").get("id").asString().equals(characteristic)) {
				alarm = a;
			}
		}
		assertThat(alarm).as("the quality alarm of the characteristic").isNotNull();
		assertThat(alarm.get("originator").get("kind").asString()).isEqualTo("inspection-characteristic");
		assertThat(alarm.get("condition").asString()).isEqualTo("out-of-control");
		assertThat(alarm.get("message").get("zh").asString()).contains("D1", "外径", "失控", "UCL 25.0143");
		assertThat(alarm.get("message").get("en").asString()).contains("out of control", "UCL 25.0143");
	}

	private String token() {
		return this.given.token();
	}

}
