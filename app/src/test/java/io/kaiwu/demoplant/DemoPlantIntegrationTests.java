package io.kaiwu.demoplant;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.simulator.FaultKind;
import io.kaiwu.simulator.Outlets;
import io.kaiwu.simulator.Protocol;
import io.kaiwu.simulator.Sample;
import io.kaiwu.simulator.SimulatedDevice;
import io.kaiwu.simulator.SimulatedProperty;
import io.kaiwu.simulator.VirtualFactory;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The virtual factory inside Kaiwu: its devices are the demo tenant's, its values pass
 * the thing models, and a simulated CNC machine streams over the embedded broker into the
 * telemetry store and answers a command sent through the REST API.
 */
@KaiwuIntegrationTest
class DemoPlantIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoPlant demoPlant;

	@Autowired
	DeviceRegistry devices;

	@Test
	void everySimulatedDeviceIsADemoDeviceAndADayOfFaultsStaysWithinItsThingModel() {
		VirtualFactory plant = VirtualFactory.demoPlant(3, Instant.parse("2026-11-23T00:00:00Z"));
		Map<String, Map<String, PropertyDefinition>> models = new HashMap<>();
		for (SimulatedDevice device : plant.devices()) {
			DeviceSummary registered = this.devices.findByKey(device.key())
				.orElseThrow(() -> new AssertionError(device.key() + " is simulated but not in the demo tenant"));
			Map<String, PropertyDefinition> properties = new HashMap<>();
			registered.properties().forEach((p) -> properties.put(p.identifier(), p));
			for (SimulatedProperty property : device.properties()) {
				assertThat(properties).as(device.key() + " of type " + registered.typeCode())
					.containsKey(property.identifier());
			}
			models.put(device.key(), properties);
		}
		for (FaultKind kind : FaultKind.values()) {
			plant.trigger(kind);
		}
		for (int minute = 0; minute < 24 * 60; minute++) {
			for (Sample sample : plant.tick(Duration.ofMinutes(1))) {
				sample.values().forEach((property, value) -> {
					PropertyDefinition definition = models.get(sample.deviceKey()).get(property);
					String what = sample.deviceKey() + "." + property + " = " + value + " at " + sample.at();
					if (value instanceof Number number) {
						BigDecimal decimal = new BigDecimal(number.toString());
						if (definition.min() != null) {
							assertThat(decimal).as(what).isGreaterThanOrEqualTo(definition.min());
						}
						if (definition.max() != null) {
							assertThat(decimal).as(what).isLessThanOrEqualTo(definition.max());
						}
					}
					else if (!definition.enumValues().isEmpty()) {
						assertThat(definition.enumValues()).as(what).contains((String) value);
					}
				});
			}
		}
	}

	@Test
	void aSimulatedCncStreamsIntoTheStoreAndAnswersACommand() throws Exception {
		Api api = new Api(this.port);
		String token = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// all four protocols, the servers on free ports
		this.demoPlant.start(VirtualFactory.demoPlant(77, start, false), Outlets.standard(), Duration.ofMillis(500), 1,
				0, 0);
		try {
			String key = "demo-cnc-04";
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				Api.Answer latest = api.get("/api/v1/devices/" + key + "/telemetry/latest", token);
				assertThat(latest.status()).as(latest.body()).isEqualTo(200);
				Map<String, JsonNode> points = new HashMap<>();
				latest.json().forEach((p) -> points.put(p.get("property").asString(), p));
				assertThat(points).containsKeys("spindleSpeed", "spindleLoad", "temperature", "vibrationRms", "state",
						"goodParts", "rejectParts", "shortStops");
				assertThat(OffsetDateTime.parse(points.get("state").get("ts").asString()).toInstant())
					.isAfterOrEqualTo(start);
				assertThat(points.get("state").get("value").asString()).isIn("running", "idle", "setup", "down");
			});
			assertThat(this.devices.findByKey(key).orElseThrow().online()).isTrue();
			// OPC UA (moulding machine), Modbus TCP (meter), Sparkplug B (gas detector)
			for (String other : new String[] { "demo-imm-01", "demo-pm-incomer", "demo-gasdet-01" }) {
				await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
					Api.Answer latest = api.get("/api/v1/devices/" + other + "/telemetry/latest", token);
					assertThat(latest.status()).as(latest.body()).isEqualTo(200);
					assertThat(latest.json().size()).as(other + ": " + latest.body()).isGreaterThan(0);
					assertThat(OffsetDateTime.parse(latest.json().get(0).get("ts").asString()).toInstant())
						.as(other + ": " + latest.body())
						.isAfterOrEqualTo(start);
				});
			}
			// a Sparkplug device registered beforehand keeps its key and thing model
			assertThat(this.devices.findByKey("demo-gasdet-01").orElseThrow().typeCode()).isEqualTo("GD");

			Api.Answer replied = api.post("/api/v1/devices/" + key + "/services/setSpindleOverride", token,
					Map.of("params", Map.of("percent", 110), "timeoutSeconds", 20));
			assertThat(replied.status()).as(replied.body()).isEqualTo(200);
			assertThat(replied.json().get("state").asString()).as(replied.body()).isEqualTo("REPLIED");
			assertThat(replied.json().get("result").get("message").asString()).isEqualTo("spindle override 110 %");
		}
		finally {
			this.demoPlant.stop();
		}
		assertThat(this.demoPlant.running()).isNull();
	}

}
