package io.kaiwu.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;

/**
 * A water or natural-gas meter: the flow now (m³/h) and a cumulative volume register (m³)
 * that rolls over from 9,999,999.9 to 0.
 */
final class FlowMeter extends DeviceModel {

	static final List<SimulatedProperty> PROPERTIES = List.of(number("volume", "m³"), number("flow", "m³/h"));

	/** The highest reading of the volume register before it rolls over. */
	static final double VOLUME_LIMIT = 9_999_999.9;

	private final DoubleSupplier flowNow;

	private final Register volume;

	private double flow;

	/**
	 * A meter.
	 * @param flowNow the true flow in m³/h, read once per step.
	 */
	FlowMeter(String key, String kind, Protocol protocol, RandomGenerator random, DoubleSupplier flowNow) {
		super(key, kind, protocol, PROPERTIES, random);
		this.flowNow = flowNow;
		this.volume = new Register(Values.round(Values.between(random, 1_000, 500_000), 1), VOLUME_LIMIT);
	}

	@Override
	void advance(PlantStep step) {
		this.flow = Math.max(0, this.flowNow.getAsDouble());
		this.volume.add(this.flow * step.seconds() / 3600);
	}

	@Override
	Map<String, Object> sample(Instant now) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("volume", Math.floor(this.volume.value() * 10) / 10);
		values.put("flow", Values.round(Math.max(0, Values.noisy(this.random, this.flow, 0.01)), 2));
		return values;
	}

}
