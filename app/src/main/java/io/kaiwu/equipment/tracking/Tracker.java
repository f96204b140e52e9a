package io.kaiwu.equipment.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.kaiwu.equipment.signals.MachineSignals;
import io.kaiwu.equipment.signals.SignalMapping;
import io.kaiwu.equipment.state.MachineTimeline;
import io.kaiwu.equipment.state.PartsTally;
import io.kaiwu.equipment.timeline.RecordingMachineStates;
import io.kaiwu.equipment.timeline.StateInterval;
import io.kaiwu.equipment.timeline.StateIntervals;
import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.DeviceMeasurements;
import org.jspecify.annotations.Nullable;

/**
 * The tracking thread's state: for each device, the machines it reports for with their
 * mapping, their timeline (continued from the open interval in the database when first
 * seen) and their running part tally. Used by one thread only.
 */
final class Tracker {

	private static final class Machine {

		final SignalMapping mapping;

		final MachineTimeline timeline;

		final PartsTally tally = new PartsTally();

		/**
		 * When (wall clock) the tally's current minute opened; null when none is open.
		 */
		@Nullable Instant tallyOpened;

		Machine(SignalMapping mapping, MachineTimeline timeline) {
			this.mapping = mapping;
			this.timeline = timeline;
		}

	}

	private final MachineSignals signals;

	private final StateIntervals intervals;

	private final RecordingMachineStates recording;

	private final Duration countFlush;

	private final Map<UUID, List<Machine>> byDevice = new HashMap<>();

	Tracker(MachineSignals signals, StateIntervals intervals, RecordingMachineStates recording, Duration countFlush) {
		this.signals = signals;
		this.intervals = intervals;
		this.recording = recording;
		this.countFlush = countFlush;
	}

	/** Reads the stored measurements of one device, signal by signal in time order. */
	void stored(DeviceMeasurements event, Instant now) {
		List<Machine> machines = this.byDevice.get(event.deviceId());
		if (machines == null) {
			machines = load(event.tenant(), event.deviceId());
			this.byDevice.put(event.deviceId(), machines);
		}
		if (machines.isEmpty()) {
			return;
		}
		try {
			for (Map.Entry<Instant, Map<String, Object>> signal : signals(event.measurements()).entrySet()) {
				for (Machine machine : machines) {
					read(event.tenant(), machine, signal.getKey(), signal.getValue(), now);
				}
			}
		}
		catch (RuntimeException ex) {
			// what is in memory may now be ahead of the database: start again from it
			this.byDevice.remove(event.deviceId());
			throw ex;
		}
	}

	/** Reports the part tallies whose minute has been open longer than the flush time. */
	void tick(Instant now) {
		for (List<Machine> machines : this.byDevice.values()) {
			for (Machine machine : machines) {
				if (machine.tallyOpened != null && machine.tallyOpened.plus(this.countFlush).isBefore(now)) {
					flush(machine);
				}
			}
		}
	}

	/**
	 * Forgets every machine (mappings or the registry changed): tallies are reported
	 * first, timelines are read again from the database when next needed.
	 */
	void forget() {
		this.byDevice.values().forEach((machines) -> machines.forEach(this::flush));
		this.byDevice.clear();
	}

	private void read(TenantId tenant, Machine machine, Instant at, Map<String, Object> values, Instant now) {
		UUID equipmentId = machine.mapping.equipmentId();
		machine.mapping.state()
			.stateOf(values)
			.flatMap((state) -> machine.timeline.observe(state, at))
			.ifPresent((change) -> this.recording.changed(tenant, equipmentId, change));
		Long good = whole(values, machine.mapping.goodCounter());
		Long reject = whole(values, machine.mapping.rejectCounter());
		if (good == null && reject == null) {
			return;
		}
		Optional<PartsTally.Tally> closed = machine.tally.count(at, good, reject);
		if (closed.isPresent() || machine.tallyOpened == null) {
			machine.tallyOpened = now;
		}
		closed.ifPresent((tally) -> this.recording.counted(tenant, equipmentId, tally));
	}

	private void flush(Machine machine) {
		machine.tallyOpened = null;
		machine.tally.close()
			.ifPresent(
					(tally) -> this.recording.counted(machine.mapping.tenant(), machine.mapping.equipmentId(), tally));
	}

	private List<Machine> load(TenantId tenant, UUID deviceId) {
		List<Machine> machines = new ArrayList<>();
		for (SignalMapping mapping : this.signals.onDevice(tenant, deviceId)) {
			Optional<StateInterval> open = this.intervals.open(tenant, mapping.equipmentId());
			machines.add(new Machine(mapping, new MachineTimeline(open.map(StateInterval::state).orElse(null),
					open.map(StateInterval::startedAt).orElse(null))));
		}
		return machines;
	}

	/** The measurements as signals: timestamp → property → number or text. */
	private static TreeMap<Instant, Map<String, Object>> signals(List<Measurement> measurements) {
		TreeMap<Instant, Map<String, Object>> signals = new TreeMap<>();
		for (Measurement m : measurements) {
			Object value = (m.number() != null) ? m.number() : m.text();
			if (value != null) {
				signals.computeIfAbsent(m.ts(), (ts) -> new HashMap<>()).put(m.property(), value);
			}
		}
		return signals;
	}

	private static @Nullable Long whole(Map<String, Object> values, @Nullable String property) {
		if (property == null || !(values.get(property) instanceof Number number)) {
			return null;
		}
		return Math.round(number.doubleValue());
	}

}
