package io.kaiwu.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The virtual factory (虚拟工厂): the demo plant's machines and meters on a plant clock. Each
 * {@link #tick} moves the clock forward and returns one {@link Sample} per device.
 * Everything random comes from the seed: the same seed and the same ticks give the same
 * samples, commands and fault injections aside. Thread-safe: ticks, commands and injected
 * faults are serialized.
 */
public final class VirtualFactory implements CommandSink {

	/** The longest step of plant time the models advance by at once. */
	static final Duration MAX_STEP = Duration.ofSeconds(5);

	private final long seed;

	private final ShiftPattern shifts;

	private final Boiler boiler;

	private final List<DeviceModel> models;

	private final Map<String, DeviceModel> byKey = new LinkedHashMap<>();

	private final Faults faults;

	private Instant now;

	VirtualFactory(long seed, Instant start, ShiftPattern shifts, Boiler boiler, List<DeviceModel> models,
			Faults faults) {
		this.seed = seed;
		this.now = start;
		this.shifts = shifts;
		this.boiler = boiler;
		this.models = List.copyOf(models);
		this.faults = faults;
		for (DeviceModel model : models) {
			this.byKey.put(model.key(), model);
		}
	}

	/**
	 * The demo plant of Kaiwu's demo tenant 示范工厂 (see docs/simulator.md).
	 * @param seed the seed everything random is drawn from.
	 * @param start the plant time to start at.
	 */
	public static VirtualFactory demoPlant(long seed, Instant start) {
		return DemoPlant.build(seed, start, true);
	}

	/**
	 * The demo plant, optionally without its fault schedule: faults then come only from
	 * {@link #trigger}, which lets two runs of one seed be compared with and without a
	 * fault.
	 * @param seed the seed everything random is drawn from.
	 * @param start the plant time to start at.
	 * @param scheduledFaults whether faults come on the seed's schedule too.
	 */
	public static VirtualFactory demoPlant(long seed, Instant start, boolean scheduledFaults) {
		return DemoPlant.build(seed, start, scheduledFaults);
	}

	public long seed() {
		return this.seed;
	}

	/** The plant's current time. */
	public synchronized Instant now() {
		return this.now;
	}

	public ShiftPattern shifts() {
		return this.shifts;
	}

	/** Every device, in a fixed order. */
	public List<SimulatedDevice> devices() {
		return this.models.stream().map(DeviceModel::device).toList();
	}

	/**
	 * Moves the plant clock forward and samples every device at the new time.
	 * @param step plant time to advance by (positive).
	 * @return one sample per device, in the order of {@link #devices()}.
	 */
	public synchronized List<Sample> tick(Duration step) {
		if (step.isNegative() || step.isZero()) {
			throw new IllegalArgumentException("A tick must move the plant clock forward, was " + step);
		}
		Instant end = this.now.plus(step);
		while (this.now.isBefore(end)) {
			Instant next = this.now.plus(MAX_STEP);
			if (next.isAfter(end)) {
				next = end;
			}
			double seconds = Duration.between(this.now, next).toNanos() / 1e9;
			this.now = next;
			PlantStep plantStep = new PlantStep(next, seconds, this.shifts.isBreak(next), this.shifts.isDayShift(next));
			this.faults.advance(next);
			this.boiler.advance(plantStep);
			for (DeviceModel model : this.models) {
				model.advance(plantStep);
			}
		}
		List<Sample> samples = new ArrayList<>(this.models.size());
		for (DeviceModel model : this.models) {
			samples.add(new Sample(model.key(), this.now, model.sample(this.now)));
		}
		return samples;
	}

	/**
	 * Applies a service call to a device: {@code setSpindleOverride} ({@code percent}
	 * 50–120) on a CNC machine, {@code setCycleTimeTarget} ({@code seconds} 1–600) on an
	 * injection moulding machine. Anything else is refused with the reason.
	 */
	@Override
	public synchronized CommandOutcome apply(String deviceKey, String service, Map<String, Object> params) {
		DeviceModel model = this.byKey.get(deviceKey);
		if (model == null) {
			return new CommandOutcome(false, "the plant has no device " + deviceKey);
		}
		return model.command(service, params);
	}

	/** Starts a fault of this kind now on a device drawn from the seed. */
	public synchronized Fault trigger(FaultKind kind) {
		return this.faults.trigger(kind, this.faults.target(kind), this.now);
	}

	/**
	 * Starts a fault of this kind now on the given device.
	 * @throws IllegalArgumentException when the device cannot show this fault.
	 */
	public synchronized Fault trigger(FaultKind kind, String deviceKey) {
		return this.faults.trigger(kind, deviceKey, this.now);
	}

	/** The faults that show now. */
	public synchronized List<Fault> activeFaults() {
		return this.faults.active();
	}

	/** Every fault injected so far, oldest first. */
	public synchronized List<Fault> faultHistory() {
		return this.faults.started();
	}

}
