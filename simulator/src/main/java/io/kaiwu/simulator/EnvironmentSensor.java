package io.kaiwu.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A workshop's environment sensor: fine dust, volatile organic compounds and noise, all
 * rising with the number of machines running around it. Noise adds up as sound does: a 58
 * dB(A) background plus 79 dB(A) for each running machine at the sensor.
 */
final class EnvironmentSensor extends DeviceModel {

	static final List<SimulatedProperty> PROPERTIES = List.of(number("pm25", "µg/m³"), number("voc", "mg/m³"),
			number("noiseDb", "dB(A)"));

	private final List<Machine> nearby;

	private final double vocPerMachine;

	private final Wander outdoor = new Wander(12, 4 * 3600);

	private double activity;

	/**
	 * A sensor.
	 * @param vocPerMachine VOC each running machine adds, mg/m³ (moulding gives off more
	 * than machining).
	 */
	EnvironmentSensor(String key, Protocol protocol, RandomGenerator random, List<Machine> nearby,
			double vocPerMachine) {
		super(key, "environment", protocol, PROPERTIES, random);
		this.nearby = List.copyOf(nearby);
		this.vocPerMachine = vocPerMachine;
	}

	@Override
	void advance(PlantStep step) {
		this.outdoor.advance(step.seconds(), this.random);
		this.activity = step.lag(this.activity, running(), 300);
	}

	@Override
	Map<String, Object> sample(Instant now) {
		double noise = 10 * Math.log10(Math.pow(10, 5.8) + running() * Math.pow(10, 7.9));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("pm25", Values
			.round(Math.max(3, 35 + this.outdoor.value() + 6 * this.activity + 2 * this.random.nextGaussian()), 0));
		values.put("voc", Values
			.round(Math.max(0.02, 0.08 + this.vocPerMachine * this.activity + 0.01 * this.random.nextGaussian()), 3));
		values.put("noiseDb", Values.round(noise + 0.5 * this.random.nextGaussian(), 1));
		return values;
	}

	private int running() {
		int running = 0;
		for (Machine machine : this.nearby) {
			if (machine.running()) {
				running++;
			}
		}
		return running;
	}

}
