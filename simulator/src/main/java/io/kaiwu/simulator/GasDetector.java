package io.kaiwu.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * A fixed gas detector for carbon monoxide, hydrogen sulphide and combustible gas (% of
 * the lower explosive limit). In clean air it reads close to zero with sensor noise; a
 * gas leak ({@link FaultKind#GAS_LEAK}) raises all three to their drawn peaks within the
 * rise time, holds them, and then the ventilation clears them exponentially.
 */
final class GasDetector extends DeviceModel {

	static final List<SimulatedProperty> PROPERTIES = List.of(number("coPpm", "ppm"), number("h2sPpm", "ppm"),
			number("lelPercent", "%LEL"));

	private final Wander zeroDrift = new Wander(0.3, 7200);

	private @Nullable Leak leak;

	private double share;

	GasDetector(String key, Protocol protocol, RandomGenerator random) {
		super(key, "gas-detector", protocol, PROPERTIES, random);
	}

	@Override
	void advance(PlantStep step) {
		this.zeroDrift.advance(step.seconds(), this.random);
		Leak current = this.leak;
		if (current == null) {
			this.share = 0;
			return;
		}
		double t = Duration.between(current.start, step.now()).toMillis() / 1000.0;
		double rise = current.rise.toSeconds();
		double hold = current.hold.toSeconds();
		if (t < rise) {
			this.share = t / rise;
		}
		else if (t < rise + hold) {
			this.share = 1;
		}
		else {
			this.share = Math.exp(-(t - rise - hold) / current.clearing.toSeconds());
			if (this.share < 0.01) {
				this.leak = null;
				this.share = 0;
			}
		}
	}

	@Override
	Map<String, Object> sample(Instant now) {
		Leak current = this.leak;
		double co = Math.abs(0.8 + this.zeroDrift.value() + 0.3 * this.random.nextGaussian());
		double h2s = Math.abs(0.05 * this.random.nextGaussian());
		double lel = Math.abs(0.2 * this.random.nextGaussian());
		if (current != null) {
			co += current.co * this.share;
			h2s += current.h2s * this.share;
			lel += current.lel * this.share;
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("coPpm", Values.round(Values.clamp(co, 0, 1000), 1));
		values.put("h2sPpm", Values.round(Values.clamp(h2s, 0, 100), 1));
		values.put("lelPercent", Values.round(Values.clamp(lel, 0, 100), 1));
		return values;
	}

	void startLeak(Instant now, double co, double h2s, double lel, Duration rise, Duration hold, Duration clearing) {
		this.leak = new Leak(now, co, h2s, lel, rise, hold, clearing);
	}

	boolean leaking() {
		return this.leak != null;
	}

	private record Leak(Instant start, double co, double h2s, double lel, Duration rise, Duration hold,
			Duration clearing) {
	}

}
