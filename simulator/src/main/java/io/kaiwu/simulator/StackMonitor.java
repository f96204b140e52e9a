package io.kaiwu.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * The boiler stack's continuous emission monitor (CEMS): SO₂, NOx and particulate in
 * mg/m³, following the boiler's firing rate, well under the GB 13271-2014 limits for new
 * gas-fired boilers (table 2: SO₂ 50, NOx 200, particulate 20 mg/m³). A stack exceedance
 * ({@link FaultKind#STACK_EXCEEDANCE}), for example a burner out of tune, lifts SO₂ and
 * NOx over those limits by the drawn factors for the drawn duration.
 */
final class StackMonitor extends DeviceModel {

	static final List<SimulatedProperty> PROPERTIES = List.of(number("so2", "mg/m³"), number("nox", "mg/m³"),
			number("particulate", "mg/m³"));

	/** GB 13271-2014 table 2, gas-fired boilers, mg/m³. */
	static final double SO2_LIMIT = 50;

	/** GB 13271-2014 table 2, gas-fired boilers, mg/m³. */
	static final double NOX_LIMIT = 200;

	/** GB 13271-2014 table 2, gas-fired boilers, mg/m³. */
	static final double PARTICULATE_LIMIT = 20;

	private final Boiler boiler;

	private final Wander drift = new Wander(0.08, 3600);

	private @Nullable Exceedance exceedance;

	private double upset;

	StackMonitor(String key, Protocol protocol, RandomGenerator random, Boiler boiler) {
		super(key, "stack", protocol, PROPERTIES, random);
		this.boiler = boiler;
	}

	@Override
	void advance(PlantStep step) {
		this.drift.advance(step.seconds(), this.random);
		Exceedance current = this.exceedance;
		double target = 0;
		if (current != null) {
			if (step.now().isBefore(current.end)) {
				target = 1;
			}
			else if (this.upset < 0.01) {
				this.exceedance = null;
			}
		}
		// the burner drifts into and out of tune within minutes
		this.upset = step.lag(this.upset, target, 180);
	}

	@Override
	Map<String, Object> sample(Instant now) {
		double firing = this.boiler.firing();
		double so2 = (3 + 5 * firing) * (1 + this.drift.value());
		double nox = (70 + 60 * firing) * (1 + this.drift.value());
		double particulate = (2 + 3 * firing) * (1 + this.drift.value());
		Exceedance current = this.exceedance;
		if (current != null) {
			so2 += (current.so2Factor * SO2_LIMIT - so2) * this.upset;
			nox += (current.noxFactor * NOX_LIMIT - nox) * this.upset;
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("so2", Values.round(Math.max(0, Values.noisy(this.random, so2, 0.03)), 1));
		values.put("nox", Values.round(Math.max(0, Values.noisy(this.random, nox, 0.02)), 1));
		values.put("particulate", Values.round(Math.max(0, Values.noisy(this.random, particulate, 0.05)), 1));
		return values;
	}

	/**
	 * Lifts SO₂ and NOx to these multiples of their limits from now until {@code end}.
	 */
	void startExceedance(Instant now, double so2Factor, double noxFactor, Instant end) {
		this.exceedance = new Exceedance(so2Factor, noxFactor, end);
	}

	boolean exceeding() {
		return this.exceedance != null;
	}

	private record Exceedance(double so2Factor, double noxFactor, Instant end) {
	}

}
