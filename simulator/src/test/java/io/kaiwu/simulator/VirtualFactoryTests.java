package io.kaiwu.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.kaiwu.simulator.PlantRun.MONDAY_6AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The demo plant as a whole: its devices, its determinism and its counters. */
class VirtualFactoryTests {

	@Test
	void theDemoPlantHasItsMachinesAndMetersOnTheirProtocols() {
		VirtualFactory plant = VirtualFactory.demoPlant(1, MONDAY_6AM);
		Map<String, Protocol> protocols = new HashMap<>();
		plant.devices().forEach((d) -> protocols.put(d.key(), d.protocol()));
		assertThat(protocols).hasSize(27)
			.containsEntry("demo-cnc-01", Protocol.MQTT_JSON)
			.containsEntry("demo-cnc-04", Protocol.MQTT_JSON)
			.containsEntry("demo-imm-03", Protocol.OPC_UA)
			.containsEntry("demo-pm-cnc-02", Protocol.MODBUS_TCP)
			.containsEntry("demo-pm-imm-04", Protocol.MODBUS_TCP)
			.containsEntry("demo-pm-incomer", Protocol.MODBUS_TCP)
			.containsEntry("demo-water-01", Protocol.MODBUS_TCP)
			.containsEntry("demo-gasmeter-01", Protocol.MODBUS_TCP)
			.containsEntry("demo-compressor-01", Protocol.SPARKPLUG_B)
			.containsEntry("demo-gasdet-03", Protocol.SPARKPLUG_B)
			.containsEntry("demo-env-02", Protocol.SPARKPLUG_B)
			.containsEntry("demo-stack-01", Protocol.SPARKPLUG_B)
			.containsEntry("demo-wastewater-01", Protocol.SPARKPLUG_B);
		List<Sample> samples = plant.tick(Duration.ofSeconds(1));
		for (int i = 0; i < samples.size(); i++) {
			SimulatedDevice device = plant.devices().get(i);
			assertThat(samples.get(i).deviceKey()).isEqualTo(device.key());
			assertThat(samples.get(i).at()).isEqualTo(MONDAY_6AM.plusSeconds(1));
			assertThat(samples.get(i).values().keySet()).as(device.key())
				.containsExactlyInAnyOrderElementsOf(
						device.properties().stream().map(SimulatedProperty::identifier).toList());
			for (SimulatedProperty property : device.properties()) {
				Object value = samples.get(i).values().get(property.identifier());
				Class<?> expected = switch (property.type()) {
					case DOUBLE -> Double.class;
					case LONG -> Long.class;
					case BOOLEAN -> Boolean.class;
					case TEXT -> String.class;
				};
				assertThat(value).as(device.key() + "." + property.identifier()).isInstanceOf(expected);
			}
		}
	}

	@Test
	void theSameSeedGivesTheSamePlantAndAnotherSeedAnother() {
		List<List<Sample>> first = run(42);
		assertThat(run(42)).isEqualTo(first);
		assertThat(run(43)).isNotEqualTo(first);
	}

	@Test
	void countersOnlyGoUpAndEnergyRollsOverOnlyAtItsLimit() {
		VirtualFactory plant = VirtualFactory.demoPlant(7, MONDAY_6AM);
		Map<String, Double> last = new HashMap<>();
		int rollovers = 0;
		for (int minute = 0; minute < 3 * 24 * 60; minute++) {
			for (Sample sample : plant.tick(Duration.ofMinutes(1))) {
				for (Map.Entry<String, Object> value : sample.values().entrySet()) {
					String name = value.getKey();
					if (!List
						.of("goodParts", "rejectParts", "shortStops", "shotCounter", "rejects", "energyKwh", "volume")
						.contains(name)) {
						continue;
					}
					double now = ((Number) value.getValue()).doubleValue();
					Double before = last.put(sample.deviceKey() + "." + name, now);
					if (before == null || now >= before) {
						continue;
					}
					// a meter's display wraps from 99,999.99 kWh to zero and nothing else
					// goes back
					assertThat(name).as(sample.deviceKey() + " went from " + before + " to " + now)
						.isEqualTo("energyKwh");
					assertThat(before).isGreaterThan(PowerMeter.ENERGY_LIMIT - 20);
					assertThat(now).isLessThan(20);
					rollovers++;
				}
			}
		}
		assertThat(last.get("demo-cnc-01.goodParts")).isGreaterThan(0);
		assertThat(rollovers).isLessThanOrEqualTo(5);
	}

	@Test
	void aRegisterRollsOverToZeroPastItsLimit() {
		Register energy = new Register(99_999.5, PowerMeter.ENERGY_LIMIT);
		energy.add(0.49);
		assertThat(energy.value()).isCloseTo(99_999.99, org.assertj.core.data.Offset.offset(1e-6));
		energy.add(0.26);
		assertThat(energy.value()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-6));
		energy.add(-5);
		assertThat(energy.value()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-6));
	}

	@Test
	void ticksMustMoveTheClockForward() {
		VirtualFactory plant = VirtualFactory.demoPlant(1, MONDAY_6AM);
		assertThatIllegalArgumentException().isThrownBy(() -> plant.tick(Duration.ZERO));
	}

	private static List<List<Sample>> run(long seed) {
		VirtualFactory plant = VirtualFactory.demoPlant(seed, MONDAY_6AM);
		List<List<Sample>> samples = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			samples.add(plant.tick(Duration.ofSeconds(30)));
		}
		return samples;
	}

}
