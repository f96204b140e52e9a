package io.kaiwu.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * A CNC lathe or machining centre. While running it turns its spindle at the programme's
 * speed times the operator's override, makes a part every cycle (1–3 % rejects) and warms
 * up; idle, in setup or down its spindle stands and it cools to the shop's 24 °C. A worn
 * bearing ({@link FaultKind#BEARING_WEAR}) adds vibration and heat that grow with the
 * square of the wear's progress until the machine breaks down.
 */
final class CncMachine extends Machine {

	static final List<SimulatedProperty> PROPERTIES = List.of(number("spindleSpeed", "rpm"), number("spindleLoad", "%"),
			number("temperature", "°C"), number("vibrationRms", "mm/s"),
			new SimulatedProperty("state", ValueType.TEXT, ""), counter("goodParts", "pcs"),
			counter("rejectParts", "pcs"), counter("shortStops", ""));

	private static final double AMBIENT = 24;

	private final double programmedSpeed;

	private final double baseLoad;

	private final double baseVibration;

	private final double cycleSeconds;

	private final double rejectRate;

	private final Wander drift = new Wander(0.04, 3600);

	private double temperature = AMBIENT;

	private int override = 100;

	private double partProgress;

	private long goodParts;

	private long rejectParts;

	private @Nullable BearingWear wear;

	/**
	 * A machine.
	 * @param speedMin lowest programmed spindle speed of this kind of machine, rpm.
	 * @param speedMax highest.
	 */
	CncMachine(String key, Protocol protocol, SplittableRandom random, double speedMin, double speedMax) {
		super(key, "cnc", protocol, PROPERTIES, random, new MachineDuty(random.split()));
		this.programmedSpeed = Values.round(Values.between(random, speedMin, speedMax), -1);
		this.baseLoad = Values.between(random, 35, 60);
		this.baseVibration = Values.between(random, 1.0, 2.2);
		this.cycleSeconds = Values.between(random, 90, 240);
		this.rejectRate = Values.between(random, 0.01, 0.03);
		this.goodParts = random.nextLong(20_000);
		this.rejectParts = this.goodParts / 50;
	}

	@Override
	void advance(PlantStep step) {
		BearingWear current = this.wear;
		if (current != null && !current.brokenDown && current.progress(step.now()) >= 1) {
			current.brokenDown = true;
			this.duty.breakDown(step.now(), current.repair);
		}
		this.duty.advance(step);
		if (current != null && current.brokenDown && !this.duty.heldDown(step.now())) {
			this.wear = null; // the bearing was replaced
		}
		this.drift.advance(step.seconds(), this.random);
		double heat = running() ? 14 * load() / 60 : 0;
		this.temperature = step.lag(this.temperature, AMBIENT + heat + wearHeat(step.now()), 900);
		if (running()) {
			this.partProgress += step.seconds() * this.override / 100.0 / this.cycleSeconds;
			while (this.partProgress >= 1) {
				this.partProgress -= 1;
				if (this.random.nextDouble() < this.rejectRate + 0.1 * wearShare(step.now())) {
					this.rejectParts++;
				}
				else {
					this.goodParts++;
				}
			}
		}
	}

	@Override
	Map<String, Object> sample(Instant now) {
		boolean running = running();
		double speed = running ? Values.noisy(this.random, this.programmedSpeed * this.override / 100.0, 0.003) : 0;
		double load = running ? Values.noisy(this.random, load(), 0.03) : 0;
		double vibration = running
				? this.baseVibration * this.override / 100.0 * (1 + this.drift.value()) + wearVibration(now)
						+ Math.abs(0.05 * this.random.nextGaussian())
				: 0.05 + Math.abs(0.03 * this.random.nextGaussian());
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("spindleSpeed", Values.round(Values.clamp(speed, 0, 12000), 0));
		values.put("spindleLoad", Values.round(Values.clamp(load, 0, 150), 1));
		values.put("temperature",
				Values.round(Values.clamp(this.temperature + 0.2 * this.random.nextGaussian(), -20, 120), 1));
		values.put("vibrationRms", Values.round(Values.clamp(vibration, 0, 50), 2));
		values.put("state", state().text());
		values.put("goodParts", this.goodParts);
		values.put("rejectParts", this.rejectParts);
		values.put("shortStops", this.duty.shortStops());
		return values;
	}

	@Override
	CommandSink.CommandOutcome command(String service, Map<String, Object> params) {
		if (!"setSpindleOverride".equals(service)) {
			return super.command(service, params);
		}
		Object percent = params.get("percent");
		if (!(percent instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
				|| number.intValue() < 50 || number.intValue() > 120) {
			return new CommandSink.CommandOutcome(false,
					"percent must be a whole number from 50 to 120, was " + percent);
		}
		this.override = number.intValue();
		return new CommandSink.CommandOutcome(true, "spindle override " + this.override + " %");
	}

	int override() {
		return this.override;
	}

	@Override
	double airWhileRunning() {
		return 0.6;
	}

	@Override
	public double powerKw() {
		return switch (state()) {
			case RUNNING -> 3 + 11 * load() / 60;
			case IDLE, SETUP -> 2.2;
			case DOWN -> 0.4;
		};
	}

	@Override
	public double powerFactor() {
		return running() ? 0.88 : 0.62;
	}

	/** Starts a bearing's wear now; it breaks down after {@code toBreakdown}. */
	void startBearingWear(Instant now, Duration toBreakdown, double vibrationRise, double temperatureRise,
			Duration repair) {
		this.wear = new BearingWear(now, toBreakdown, vibrationRise, temperatureRise, repair);
	}

	boolean bearingWorn() {
		return this.wear != null;
	}

	private double load() {
		return this.baseLoad * Math.pow(this.override / 100.0, 1.5);
	}

	private double wearShare(Instant now) {
		BearingWear current = this.wear;
		if (current == null || current.brokenDown) {
			return 0;
		}
		double progress = Math.min(1, current.progress(now));
		return progress * progress;
	}

	private double wearVibration(Instant now) {
		BearingWear current = this.wear;
		return (current == null) ? 0 : current.vibrationRise * wearShare(now);
	}

	private double wearHeat(Instant now) {
		BearingWear current = this.wear;
		return (current == null || !running()) ? 0 : current.temperatureRise * wearShare(now);
	}

	/** A bearing wearing out: its signature grows with the square of its progress. */
	private static final class BearingWear {

		private final Instant start;

		private final Duration toBreakdown;

		private final double vibrationRise;

		private final double temperatureRise;

		private final Duration repair;

		private boolean brokenDown;

		BearingWear(Instant start, Duration toBreakdown, double vibrationRise, double temperatureRise,
				Duration repair) {
			this.start = start;
			this.toBreakdown = toBreakdown;
			this.vibrationRise = vibrationRise;
			this.temperatureRise = temperatureRise;
			this.repair = repair;
		}

		double progress(Instant now) {
			return (double) Duration.between(this.start, now).toMillis() / this.toBreakdown.toMillis();
		}

	}

}
