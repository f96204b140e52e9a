package io.kaiwu.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The wastewater treatment station's outlet monitor: flow follows production (3 m³/h plus
 * 1 m³/h per running machine), COD and ammonia nitrogen wander around 60 and 4 mg/L, well
 * under the discharge limits of GB 8978-1996 grade 1 (COD 100, NH₃-N 15 mg/L).
 */
final class WastewaterOutlet extends DeviceModel {

	static final List<SimulatedProperty> PROPERTIES = List.of(number("cod", "mg/L"), number("nh3n", "mg/L"),
			number("flow", "m³/h"));

	private final List<Machine> machines;

	private final Wander cod = new Wander(10, 6 * 3600);

	private final Wander ammonia = new Wander(1.2, 6 * 3600);

	private double flow = 3;

	WastewaterOutlet(String key, Protocol protocol, RandomGenerator random, List<Machine> machines) {
		super(key, "wastewater", protocol, PROPERTIES, random);
		this.machines = List.copyOf(machines);
	}

	@Override
	void advance(PlantStep step) {
		this.cod.advance(step.seconds(), this.random);
		this.ammonia.advance(step.seconds(), this.random);
		double running = 0;
		for (Machine machine : this.machines) {
			running += machine.running() ? 1 : 0;
		}
		// the equalisation tank smooths the flow over about half an hour
		this.flow = step.lag(this.flow, 3 + running, 1800);
	}

	@Override
	Map<String, Object> sample(Instant now) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("cod", Values.round(Math.max(5, 60 + this.cod.value() + 1.5 * this.random.nextGaussian()), 1));
		values.put("nh3n", Values.round(Math.max(0.1, 4 + this.ammonia.value() + 0.2 * this.random.nextGaussian()), 2));
		values.put("flow", Values.round(Math.max(0, Values.noisy(this.random, this.flow, 0.02)), 2));
		return values;
	}

}
