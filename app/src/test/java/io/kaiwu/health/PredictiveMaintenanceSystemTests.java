package io.kaiwu.health;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.connectivity.MqttEndpoint;
import io.kaiwu.simulator.Fault;
import io.kaiwu.simulator.FaultKind;
import io.kaiwu.simulator.Sample;
import io.kaiwu.simulator.VirtualFactory;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.MqttDevice;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The simulator's bearing wear, run at accelerated time and sent over MQTT like a real
 * CNC machine: Kaiwu learns the machine, sees its vibration rise and warns of the failure
 * before the simulated machine breaks down, and maintenance plans a predictive order for
 * it.
 */
@KaiwuIntegrationTest
class PredictiveMaintenanceSystemTests {

	static final String CNC = "demo-cnc-01";

	static final Duration STEP = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	MqttEndpoint broker;

	@Test
	void theSimulatedBearingWearIsWarnedAboutBeforeTheMachineBreaksDown() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("预测性维护企业"));
		String token = tenant.adminToken();
		String site = created(api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", "PDM", "name", "机加工厂", "timeZone", "Asia/Shanghai")));
		String type = created(api.post("/api/v1/device-types", token,
				Map.of("code", unique("cnc"), "nameZh", "数控机床", "nameEn", "CNC machine", "properties",
						List.of(number("vibrationRms", "振动", "mm/s"), number("temperature", "温度", "°C"),
								number("spindleLoad", "主轴负载", "%"),
								Map.of("identifier", "state", "nameZh", "状态", "dataType", "STRING")))));
		String key = unique("cnc");
		Api.Answer device = api.post("/api/v1/devices", token,
				Map.of("key", key, "name", "数控机床 1", "typeId", type, "nodeId", site));
		String deviceId = created(device);
		String machine = created(api.post("/api/v1/equipment", token, Map.of("code", unique("CNC"), "name", "立式加工中心 1",
				"deviceId", deviceId, "nodeId", site, "criticality", "A")));

		Api.Answer refused = api.put("/api/v1/health/" + machine + "/profile", token,
				Map.of("vibration", "vibration", "load", "spindleLoad"));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("vibration");
		assertThat(refused.body()).contains("spindleLoad, temperature, vibrationRms");
		Api.Answer profile = api.put("/api/v1/health/" + machine + "/profile", token,
				Map.of("vibration", "vibrationRms", "temperature", "temperature", "load", "spindleLoad"));
		assertThat(profile.status()).as(profile.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api.get("/api/v1/health/" + machine, token).json().get("watched").asBoolean());

		// plant time runs 16 hours behind: the whole wear lies in the past when it is
		// sent
		Instant start = Instant.now().minus(Duration.ofHours(16)).truncatedTo(ChronoUnit.MINUTES);
		VirtualFactory plant = VirtualFactory.demoPlant(20261125L, start, false);
		Instant onset = start.plus(Duration.ofHours(2));
		Instant breakdown = null;
		try (MqttDevice cnc = MqttDevice.connect(this.broker, key, device.json().get("secret").asString())) {
			List<String> readings = new ArrayList<>();
			while (breakdown == null || plant.now().isBefore(breakdown)) {
				for (Sample sample : plant.tick(STEP)) {
					if (sample.deviceKey().equals(CNC)) {
						readings.add(reading(sample));
					}
				}
				if (breakdown == null && !plant.now().isBefore(onset)) {
					Fault wear = plant.trigger(FaultKind.BEARING_WEAR, CNC);
					breakdown = wear.start()
						.plusMillis(Math.round(wear.parameters().get("hoursToBreakdown") * 3_600_000));
				}
				if (readings.size() == 30) {
					cnc.publish("[" + String.join(",", readings) + "]");
					readings.clear();
				}
			}
			if (!readings.isEmpty()) {
				cnc.publish("[" + String.join(",", readings) + "]");
			}
		}

		Instant brokeDownAt = breakdown;
		JsonNode health = await().atMost(Duration.ofSeconds(60))
			.until(() -> api.get("/api/v1/health/" + machine, token).json(), (h) -> !h.get("warnings").isEmpty());
		JsonNode warning = health.get("warnings").get(0);
		Instant warnedAt = Instant.parse(warning.get("warnedAt").asString());
		assertThat(warnedAt).isAfter(onset).isBefore(brokeDownAt);
		assertThat(Instant.parse(warning.get("prognosis").get("earliest").asString())).isAfterOrEqualTo(warnedAt);
		assertThat(health.get("assessment").get("phase").asString()).isEqualTo("DEGRADING");
		assertThat(health.get("assessment").get("healthIndex").asDouble()).isLessThan(50);

		// maintenance turns the warning into one predictive order, planned before the
		// failure
		JsonNode orders = await().atMost(Duration.ofSeconds(30))
			.until(() -> api.get("/api/v1/maintenance-orders?kind=PREDICTIVE&equipmentId=" + machine, token).json(),
					(page) -> page.get("total").asLong() > 0);
		assertThat(orders.get("total").asLong()).isEqualTo(1);
		JsonNode order = orders.get("items").get(0);
		assertThat(order.get("state").asString()).isEqualTo("OPEN");
		assertThat(Instant.parse(order.get("plannedStart").asString())).isEqualTo(warnedAt).isBefore(brokeDownAt);
		assertThat(order.get("title").asString()).startsWith("预测性维护");
	}

	private static String reading(Sample sample) {
		Map<String, Object> v = sample.values();
		return String.format(Locale.ROOT,
				"{\"ts\":%d,\"values\":{\"vibrationRms\":%s,\"temperature\":%s,\"spindleLoad\":%s,\"state\":\"%s\"}}",
				sample.at().toEpochMilli(), v.get("vibrationRms"), v.get("temperature"), v.get("spindleLoad"),
				v.get("state"));
	}

	private static Map<String, Object> number(String identifier, String name, String unit) {
		return Map.of("identifier", identifier, "nameZh", name, "dataType", "DOUBLE", "unit", unit);
	}

	private static String created(Api.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
