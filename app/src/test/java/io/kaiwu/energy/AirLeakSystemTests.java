package io.kaiwu.energy;

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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The simulator's compressed-air leak, sent over MQTT like a real compressor: 30 hours of
 * the plant's two shifts with their breaks, then a leak of the drawn flow for the last 7
 * hours. Kaiwu finds the raised base flow and suggests fixing the leak, with its flow,
 * its kW at the compressor's own kW per m³/min and the money a month at the site's
 * tariff.
 */
@KaiwuIntegrationTest
class AirLeakSystemTests {

	static final String COMPRESSOR = "demo-compressor-01";

	static final Duration STEP = Duration.ofMinutes(1);

	@LocalServerPort
	int port;

	@Autowired
	MqttEndpoint broker;

	@Test
	void theSimulatedLeakBecomesAFixLeakSuggestionWithTheDrawnFlow() {
		HintFixtures f = new HintFixtures(new Api(this.port));
		HintFixtures.Device compressor = f.device(f.type("AC", "pressure", "powerKw", "airFlow"), "compressor");

		Instant start = Instant.now().minus(Duration.ofHours(37)).truncatedTo(ChronoUnit.MINUTES);
		Instant end = start.plus(Duration.ofHours(37));
		Instant onset = end.minus(Duration.ofHours(7));
		VirtualFactory plant = VirtualFactory.demoPlant(20261126L, start, false);
		Fault leak = null;
		Instant last = start;
		try (MqttDevice device = MqttDevice.connect(this.broker, compressor.key(), compressor.secret())) {
			List<String> readings = new ArrayList<>();
			while (plant.now().isBefore(end)) {
				for (Sample sample : plant.tick(STEP)) {
					if (sample.deviceKey().equals(COMPRESSOR)) {
						readings.add(reading(sample));
						last = sample.at();
					}
				}
				if (leak == null && !plant.now().isBefore(onset)) {
					leak = plant.trigger(FaultKind.AIR_LEAK, COMPRESSOR);
				}
				if (readings.size() == 60) {
					device.publish("[" + String.join(",", readings) + "]");
					readings.clear();
				}
			}
			if (!readings.isEmpty()) {
				device.publish("[" + String.join(",", readings) + "]");
			}
		}
		assertThat(leak).isNotNull();
		// the leak lasts 8 to 48 hours: it still blows at the end
		assertThat(leak.parameters().get("hours")).isGreaterThan(7);
		double drawn = leak.parameters().get("leakFlow");

		Instant lastSent = last;
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			JsonNode latest = f.api.get("/api/v1/devices/" + compressor.key() + "/telemetry/latest", f.token).json();
			for (JsonNode point : latest) {
				if (point.get("property").asString().equals("airFlow")) {
					return !Instant.parse(point.get("ts").asString()).isBefore(lastSent);
				}
			}
			return false;
		});
		JsonNode fix = await().atMost(Duration.ofSeconds(60))
			.until(() -> EnergyHintsIntegrationTests.find(f.recompute().json(), "FIX_LEAK", compressor.key()),
					(s) -> s != null);
		JsonNode figures = fix.get("figures");
		assertThat(figures.get("leakFlow").asDouble()).as(fix.toString()).isCloseTo(drawn, within(0.1));
		// the simulator draws 12 kW + 6.2 kW per m³/min
		assertThat(figures.get("kWPerFlow").asDouble()).isCloseTo(6.2, within(0.3));
		double leakKw = figures.get("leakKw").asDouble();
		assertThat(leakKw).isCloseTo(drawn * 6.2, within(1.0));
		// a month of it, all day: 30 × 24 h, priced at the day's mean price of the tariff
		// (8 h × 0.228 + 9 h × 0.6 + 4 h × 1.02 + 3 h × 1.275) / 24 = 0.630375 CNY/kWh
		double kWh = fix.get("kWhPerMonth").asDouble();
		assertThat(kWh).isCloseTo(leakKw * 720, within(720 * 0.005));
		assertThat(fix.get("moneyPerMonth").asDouble()).isCloseTo(kWh * 0.630375, within(0.01));
		assertThat(fix.get("tcePerMonth").asDouble()).isCloseTo(kWh * 0.1229 / 1000, within(1e-6));
		assertThat(fix.get("evidence").get("unit").asString()).isEqualTo("m3/min");
		assertThat(fix.get("evidence").get("series").get(0).get("points").size()).isGreaterThanOrEqualTo(3);
	}

	private static String reading(Sample sample) {
		Map<String, Object> v = sample.values();
		return String.format(Locale.ROOT, "{\"ts\":%d,\"values\":{\"pressure\":%s,\"powerKw\":%s,\"airFlow\":%s}}",
				sample.at().toEpochMilli(), v.get("pressure"), v.get("powerKw"), v.get("airFlow"));
	}

}
