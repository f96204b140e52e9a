package io.kaiwu.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The demo plant of Kaiwu's demo tenant: four CNC machines (two lathes, two machining
 * centres) and four injection moulding machines, a power meter beside each and one at the
 * incomer, the air compressor, water and natural-gas meters, three gas detectors, two
 * workshop environment sensors, the boiler stack monitor and the wastewater outlet. The
 * keys are those Kaiwu's demo seeds ({@code demo-…}). Every model gets its own random
 * stream, split from the seed in this fixed order.
 */
final class DemoPlant {

	private DemoPlant() {
	}

	static VirtualFactory build(long seed, Instant start, boolean scheduledFaults) {
		SplittableRandom root = new SplittableRandom(seed);
		List<DeviceModel> models = new ArrayList<>();
		List<CncMachine> cnc = new ArrayList<>();
		List<InjectionMoulder> imm = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			boolean lathe = i <= 2;
			cnc.add(new CncMachine(key("cnc", i), Protocol.MQTT_JSON, root.split(), lathe ? 1200 : 6000,
					lathe ? 2500 : 10000));
		}
		for (int i = 1; i <= 4; i++) {
			imm.add(new InjectionMoulder(key("imm", i), Protocol.OPC_UA, root.split(), (i <= 2) ? 25 : 40));
		}
		List<Machine> machines = new ArrayList<>(cnc);
		machines.addAll(imm);
		models.addAll(machines);
		for (CncMachine machine : cnc) {
			models.add(new PowerMeter("demo-pm-" + machine.key().substring(5), Protocol.MODBUS_TCP, root.split(),
					machine));
		}
		for (InjectionMoulder machine : imm) {
			models.add(new PowerMeter("demo-pm-" + machine.key().substring(5), Protocol.MODBUS_TCP, root.split(),
					machine));
		}
		AirCompressor compressor = new AirCompressor("demo-compressor-01", Protocol.SPARKPLUG_B, root.split(),
				machines);
		models.add(compressor);
		List<Load> everything = new ArrayList<>(machines);
		everything.add(compressor);
		RandomGenerator incomer = root.split();
		models.add(new PowerMeter("demo-pm-incomer", Protocol.MODBUS_TCP, incomer,
				new PlantLoad(everything, Values.between(incomer, 30, 50))));
		Boiler boiler = new Boiler(root.split());
		models.add(new FlowMeter("demo-water-01", "water-meter", Protocol.MODBUS_TCP, root.split(),
				() -> 1.5 + 0.8 * running(machines) + 0.5 * boiler.firing()));
		models.add(new FlowMeter("demo-gasmeter-01", "gas-meter", Protocol.MODBUS_TCP, root.split(),
				() -> Boiler.FULL_GAS_FLOW * boiler.firing()));
		List<GasDetector> detectors = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			detectors.add(new GasDetector(key("gasdet", i), Protocol.SPARKPLUG_B, root.split()));
		}
		models.addAll(detectors);
		models.add(new EnvironmentSensor("demo-env-01", Protocol.SPARKPLUG_B, root.split(), List.copyOf(cnc), 0.02));
		models.add(new EnvironmentSensor("demo-env-02", Protocol.SPARKPLUG_B, root.split(), List.copyOf(imm), 0.08));
		StackMonitor stack = new StackMonitor("demo-stack-01", Protocol.SPARKPLUG_B, root.split(), boiler);
		models.add(stack);
		models.add(new WastewaterOutlet("demo-wastewater-01", Protocol.SPARKPLUG_B, root.split(), machines));
		Faults faults = new Faults(root.split(), start, scheduledFaults, cnc, compressor, detectors, stack);
		return new VirtualFactory(seed, start, ShiftPattern.TWO_SHIFTS, boiler, models, faults);
	}

	private static String key(String kind, int number) {
		return String.format(java.util.Locale.ROOT, "demo-%s-%02d", kind, number);
	}

	private static int running(List<Machine> machines) {
		int running = 0;
		for (Machine machine : machines) {
			if (machine.running()) {
				running++;
			}
		}
		return running;
	}

}
