package io.kaiwu.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Injects faults into the plant's devices with parameters drawn from documented ranges.
 * The first fault of each kind comes 1–24 plant hours after the start, the next 24–72
 * hours after the one before; {@link #trigger} starts one at once. All draws come from
 * one random stream of the seed, so the schedule and the parameters repeat with it.
 */
final class Faults {

	private final RandomGenerator random;

	private final List<CncMachine> cncMachines;

	private final AirCompressor compressor;

	private final List<GasDetector> detectors;

	private final StackMonitor stack;

	private final Map<FaultKind, Instant> next = new EnumMap<>(FaultKind.class);

	private final List<Fault> started = new ArrayList<>();

	private final boolean scheduled;

	Faults(RandomGenerator random, Instant start, boolean scheduled, List<CncMachine> cncMachines,
			AirCompressor compressor, List<GasDetector> detectors, StackMonitor stack) {
		this.scheduled = scheduled;
		this.random = random;
		this.cncMachines = List.copyOf(cncMachines);
		this.compressor = compressor;
		this.detectors = List.copyOf(detectors);
		this.stack = stack;
		for (FaultKind kind : FaultKind.values()) {
			this.next.put(kind, start.plus(hours(1, 24)));
		}
	}

	/** Starts the faults whose time has come. */
	void advance(Instant now) {
		if (!this.scheduled) {
			return;
		}
		for (FaultKind kind : FaultKind.values()) {
			if (!now.isBefore(this.next.get(kind))) {
				this.next.put(kind, now.plus(hours(24, 72)));
				String target = target(kind);
				if (!active(kind, target)) {
					trigger(kind, target, now);
				}
			}
		}
	}

	/** A device that can show this kind of fault, drawn from the seed. */
	String target(FaultKind kind) {
		List<String> keys = targets(kind);
		return keys.get(this.random.nextInt(keys.size()));
	}

	List<String> targets(FaultKind kind) {
		return switch (kind) {
			case BEARING_WEAR -> this.cncMachines.stream().map(DeviceModel::key).toList();
			case AIR_LEAK -> List.of(this.compressor.key());
			case GAS_LEAK -> this.detectors.stream().map(DeviceModel::key).toList();
			case STACK_EXCEEDANCE -> List.of(this.stack.key());
		};
	}

	Fault trigger(FaultKind kind, String deviceKey, Instant now) {
		if (!targets(kind).contains(deviceKey)) {
			throw new IllegalArgumentException(deviceKey + " cannot show " + kind + "; it can: " + targets(kind));
		}
		Map<String, Double> p = new LinkedHashMap<>();
		switch (kind) {
			case BEARING_WEAR -> {
				p.put("hoursToBreakdown", draw(4, 12, 2));
				p.put("vibrationRise", draw(6, 12, 2));
				p.put("temperatureRise", draw(12, 25, 1));
				p.put("repairHours", draw(2, 6, 2));
				cnc(deviceKey).startBearingWear(now, ofHours(p.get("hoursToBreakdown")), p.get("vibrationRise"),
						p.get("temperatureRise"), ofHours(p.get("repairHours")));
			}
			case AIR_LEAK -> {
				p.put("leakFlow", draw(0.6, 2.0, 2));
				p.put("hours", draw(8, 48, 1));
				this.compressor.startLeak(now, p.get("leakFlow"), now.plus(ofHours(p.get("hours"))));
			}
			case GAS_LEAK -> {
				p.put("coPeak", draw(40, 150, 0));
				p.put("h2sPeak", draw(5, 20, 1));
				p.put("lelPeak", draw(15, 45, 0));
				p.put("riseMinutes", draw(3, 10, 1));
				p.put("holdMinutes", draw(10, 30, 1));
				p.put("clearingMinutes", draw(5, 15, 1));
				detector(deviceKey).startLeak(now, p.get("coPeak"), p.get("h2sPeak"), p.get("lelPeak"),
						ofMinutes(p.get("riseMinutes")), ofMinutes(p.get("holdMinutes")),
						ofMinutes(p.get("clearingMinutes")));
			}
			case STACK_EXCEEDANCE -> {
				p.put("so2Factor", draw(1.1, 1.5, 2));
				p.put("noxFactor", draw(1.1, 1.6, 2));
				p.put("minutes", draw(30, 120, 0));
				this.stack.startExceedance(now, p.get("so2Factor"), p.get("noxFactor"),
						now.plus(ofMinutes(p.get("minutes"))));
			}
		}
		Fault fault = new Fault(kind, deviceKey, now, p);
		this.started.add(fault);
		return fault;
	}

	/** The faults that still show. */
	List<Fault> active() {
		return this.started.stream().filter((f) -> active(f.kind(), f.deviceKey())).toList();
	}

	/** Every fault started so far, oldest first. */
	List<Fault> started() {
		return List.copyOf(this.started);
	}

	private boolean active(FaultKind kind, String deviceKey) {
		return switch (kind) {
			case BEARING_WEAR -> cnc(deviceKey).bearingWorn();
			case AIR_LEAK -> this.compressor.leaking();
			case GAS_LEAK -> detector(deviceKey).leaking();
			case STACK_EXCEEDANCE -> this.stack.exceeding();
		};
	}

	private CncMachine cnc(String key) {
		return this.cncMachines.stream().filter((m) -> m.key().equals(key)).findFirst().orElseThrow();
	}

	private GasDetector detector(String key) {
		return this.detectors.stream().filter((d) -> d.key().equals(key)).findFirst().orElseThrow();
	}

	private double draw(double min, double max, int digits) {
		return Values.round(Values.between(this.random, min, max), digits);
	}

	private Duration hours(int min, int max) {
		return Duration.ofSeconds((long) (Values.between(this.random, min, max) * 3600));
	}

	private static Duration ofHours(double hours) {
		return Duration.ofSeconds(Math.round(hours * 3600));
	}

	private static Duration ofMinutes(double minutes) {
		return Duration.ofSeconds(Math.round(minutes * 60));
	}

}
