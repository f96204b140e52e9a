package io.kaiwu.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * The screw compressor (55 kW, 10 m³/min) that holds the plant's air network at 7 bar: it
 * delivers what the running machines use plus 1.5 m³/min for blow-offs and the network's
 * own losses, and draws 12 kW unloaded plus 6.2 kW per m³/min. A compressed-air leak
 * ({@link FaultKind#AIR_LEAK}) adds its flow, and the power to make it, at the same
 * pressure, also through breaks when the machines stand.
 */
final class AirCompressor extends DeviceModel implements Load {

	static final List<SimulatedProperty> PROPERTIES = List.of(number("pressure", "bar"), number("powerKw", "kW"),
			number("airFlow", "m³/min"));

	private final List<Machine> consumers;

	private final Wander pressureDrift = new Wander(0.05, 600);

	private double flow;

	private @Nullable Leak leak;

	AirCompressor(String key, Protocol protocol, RandomGenerator random, List<Machine> consumers) {
		super(key, "compressor", protocol, PROPERTIES, random);
		this.consumers = List.copyOf(consumers);
	}

	@Override
	void advance(PlantStep step) {
		double demand = 1.5;
		for (Machine machine : this.consumers) {
			if (machine.running()) {
				demand += machine.airWhileRunning();
			}
		}
		Leak current = this.leak;
		if (current != null) {
			if (!step.now().isBefore(current.end)) {
				this.leak = null;
			}
			else {
				double ramp = Math.min(1, Duration.between(current.start, step.now()).toSeconds() / 600.0);
				demand += current.flow * ramp;
			}
		}
		this.flow = Math.min(10, step.lag(this.flow, demand, 30));
		this.pressureDrift.advance(step.seconds(), this.random);
	}

	@Override
	Map<String, Object> sample(Instant now) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("pressure", Values.round(7.0 + this.pressureDrift.value() + 0.02 * this.random.nextGaussian(), 2));
		values.put("powerKw", Values.round(Values.noisy(this.random, powerKw(), 0.01), 2));
		values.put("airFlow", Values.round(Values.noisy(this.random, this.flow, 0.01), 2));
		return values;
	}

	@Override
	public double powerKw() {
		return 12 + 6.2 * this.flow;
	}

	@Override
	public double powerFactor() {
		return 0.86;
	}

	/**
	 * A leak of {@code flow} m³/min opens now (full within 10 minutes) and is fixed at
	 * {@code end}.
	 */
	void startLeak(Instant now, double flow, Instant end) {
		this.leak = new Leak(now, flow, end);
	}

	boolean leaking() {
		return this.leak != null;
	}

	private record Leak(Instant start, double flow, Instant end) {
	}

}
