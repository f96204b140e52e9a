package io.kaiwu.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A three-phase power meter: it integrates the power of what it measures into a
 * cumulative energy register that rolls over from 99,999.99 kWh to 0.
 */
final class PowerMeter extends DeviceModel {

	static final List<SimulatedProperty> PROPERTIES = List.of(number("energyKwh", "kWh"), number("powerKw", "kW"),
			number("powerFactor", ""));

	/** The highest reading of the energy register before it rolls over to 0. */
	static final double ENERGY_LIMIT = 99_999.99;

	private final Load load;

	private final Register energy;

	PowerMeter(String key, Protocol protocol, RandomGenerator random, Load load) {
		super(key, "pm", protocol, PROPERTIES, random);
		this.load = load;
		this.energy = new Register(Values.round(Values.between(random, 0, ENERGY_LIMIT), 2), ENERGY_LIMIT);
	}

	@Override
	void advance(PlantStep step) {
		this.energy.add(this.load.powerKw() * step.seconds() / 3600);
	}

	@Override
	Map<String, Object> sample(Instant now) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("energyKwh", Values.round(Math.floor(this.energy.value() * 100) / 100, 2));
		values.put("powerKw",
				Values.round(Values.clamp(Values.noisy(this.random, this.load.powerKw(), 0.01), 0, 500), 2));
		values.put("powerFactor",
				Values.round(Values.clamp(this.load.powerFactor() + 0.005 * this.random.nextGaussian(), 0, 1), 3));
		return values;
	}

}
