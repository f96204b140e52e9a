package io.kaiwu.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The behaviour of one simulated device: it advances with plant time and reports its
 * property values. Each model draws from its own random stream, split from the plant's
 * seed in a fixed order, so a seed always gives the same plant.
 */
abstract class DeviceModel {

	private final SimulatedDevice device;

	protected final RandomGenerator random;

	DeviceModel(String key, String kind, Protocol protocol, List<SimulatedProperty> properties,
			RandomGenerator random) {
		this.device = new SimulatedDevice(key, kind, protocol, properties);
		this.random = random;
	}

	final SimulatedDevice device() {
		return this.device;
	}

	final String key() {
		return this.device.key();
	}

	/** Moves the model forward by one step of plant time. */
	abstract void advance(PlantStep step);

	/** What the device reports at the end of the last step, with measurement noise. */
	abstract Map<String, Object> sample(Instant now);

	/** Applies a service call; a device without services refuses every call. */
	CommandSink.CommandOutcome command(String service, Map<String, Object> params) {
		return new CommandSink.CommandOutcome(false, key() + " has no service " + service);
	}

	static SimulatedProperty number(String identifier, String unit) {
		return new SimulatedProperty(identifier, ValueType.DOUBLE, unit);
	}

	static SimulatedProperty counter(String identifier, String unit) {
		return new SimulatedProperty(identifier, ValueType.LONG, unit);
	}

}
