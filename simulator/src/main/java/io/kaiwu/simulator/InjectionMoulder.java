package io.kaiwu.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An injection moulding machine. While running it shoots a part every cycle (0.5–2 %
 * rejects); its cycle time follows the target the process engineer sets, a little slower
 * when the mould is warm; its barrel stays at melt temperature even when idle. It reports
 * no state of its own: an idle machine simply stops counting shots and shows no pressure.
 */
final class InjectionMoulder extends Machine {

	static final List<SimulatedProperty> PROPERTIES = List.of(number("cycleTime", "s"), number("meltTemperature", "°C"),
			number("injectionPressure", "bar"), counter("shotCounter", ""), counter("rejects", "pcs"));

	private final double meltSetpoint;

	private final double basePressure;

	private final double rejectRate;

	private final double ratedKw;

	private final Wander meltDrift = new Wander(1.5, 1800);

	private double cycleTarget;

	private double cycleTime;

	private double shotProgress;

	private long shots;

	private long rejects;

	/**
	 * A machine.
	 * @param ratedKw its average power while running (HTF250 about 25 kW, HTF450 about
	 * 40).
	 */
	InjectionMoulder(String key, Protocol protocol, SplittableRandom random, double ratedKw) {
		super(key, "imm", protocol, PROPERTIES, random, new MachineDuty(random.split()));
		this.ratedKw = ratedKw;
		this.meltSetpoint = Values.round(Values.between(random, 215, 245), 0);
		this.basePressure = Values.between(random, 900, 1400);
		this.rejectRate = Values.between(random, 0.005, 0.02);
		this.cycleTarget = Values.round(Values.between(random, 25, 45), 1);
		this.cycleTime = this.cycleTarget;
		this.shots = random.nextLong(500_000);
		this.rejects = this.shots / 80;
	}

	@Override
	void advance(PlantStep step) {
		this.duty.advance(step);
		this.meltDrift.advance(step.seconds(), this.random);
		// the cycle settles on a new target within a few minutes
		this.cycleTime = step.lag(this.cycleTime, this.cycleTarget, 180);
		if (running()) {
			this.shotProgress += step.seconds() / this.cycleTime;
			while (this.shotProgress >= 1) {
				this.shotProgress -= 1;
				this.shots++;
				if (this.random.nextDouble() < this.rejectRate) {
					this.rejects++;
				}
			}
		}
	}

	@Override
	Map<String, Object> sample(Instant now) {
		boolean running = running();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("cycleTime", Values.round(Values.clamp(Values.noisy(this.random, this.cycleTime, 0.01), 0, 600), 2));
		values.put("meltTemperature", Values.round(
				Values.clamp(this.meltSetpoint + this.meltDrift.value() + 0.4 * this.random.nextGaussian(), 0, 400),
				1));
		values.put("injectionPressure", Values
			.round(running ? Values.clamp(Values.noisy(this.random, this.basePressure, 0.015), 0, 2500) : 0, 1));
		values.put("shotCounter", this.shots);
		values.put("rejects", this.rejects);
		return values;
	}

	@Override
	CommandSink.CommandOutcome command(String service, Map<String, Object> params) {
		if (!"setCycleTimeTarget".equals(service)) {
			return super.command(service, params);
		}
		Object seconds = params.get("seconds");
		if (!(seconds instanceof Number number) || !Double.isFinite(number.doubleValue()) || number.doubleValue() < 1
				|| number.doubleValue() > 600) {
			return new CommandSink.CommandOutcome(false, "seconds must be a number from 1 to 600, was " + seconds);
		}
		this.cycleTarget = number.doubleValue();
		return new CommandSink.CommandOutcome(true, "cycle time target " + this.cycleTarget + " s");
	}

	double cycleTarget() {
		return this.cycleTarget;
	}

	@Override
	double airWhileRunning() {
		return 1.1;
	}

	@Override
	public double powerKw() {
		return switch (state()) {
			case RUNNING -> this.ratedKw * (0.9 + 0.2 * Math.min(1, 30 / this.cycleTime));
			case IDLE, SETUP -> 0.3 * this.ratedKw; // barrel heaters keep the melt hot
			case DOWN -> 0.05 * this.ratedKw;
		};
	}

	@Override
	public double powerFactor() {
		return running() ? 0.9 : 0.7;
	}

}
