package io.kaiwu.health.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kaiwu.health.kernel.Assessment;
import io.kaiwu.health.kernel.HealthMonitor;
import io.kaiwu.health.kernel.HealthSettings;
import io.kaiwu.health.kernel.Phase;
import io.kaiwu.health.profile.HealthProfile;
import io.kaiwu.telemetry.Measurement;
import org.jspecify.annotations.Nullable;

/**
 * One watched machine: its profile's properties turned into samples in time order and fed
 * to its health monitor. A property a message does not bring keeps its last value; a
 * sample not newer than the last one (a late or redelivered message) is skipped, since
 * the monitor's statistics need time order.
 */
final class MachineWatch {

	private final HealthProfile profile;

	private final HealthMonitor monitor;

	private @Nullable Instant last;

	private double vibration = Double.NaN;

	private double temperature = Double.NaN;

	private double load = Double.NaN;

	private long savedMinute = Long.MIN_VALUE;

	private @Nullable Phase savedPhase;

	MachineWatch(HealthProfile profile, HealthSettings settings) {
		this.profile = profile;
		this.monitor = new HealthMonitor(settings);
	}

	HealthProfile profile() {
		return this.profile;
	}

	/**
	 * Takes a device's stored measurements.
	 * @return the assessments worth keeping: the first of each minute, a change of phase,
	 * and the warning
	 */
	List<Assessment> accept(List<Measurement> measurements) {
		Map<Instant, List<Measurement>> byTime = new TreeMap<>();
		for (Measurement m : measurements) {
			if (m.number() != null && mine(m.property())) {
				byTime.computeIfAbsent(m.ts(), (t) -> new ArrayList<>()).add(m);
			}
		}
		List<Assessment> kept = new ArrayList<>();
		for (Map.Entry<Instant, List<Measurement>> sample : byTime.entrySet()) {
			Instant at = sample.getKey();
			if (this.last != null && !at.isAfter(this.last)) {
				continue;
			}
			this.last = at;
			for (Measurement m : sample.getValue()) {
				take(m.property(), m.number());
			}
			if (Double.isNaN(this.vibration) || Double.isNaN(this.load)) {
				continue;
			}
			// the monitor takes a load of 1 % or less as a standing spindle
			Assessment a = this.monitor.accept(at, true, this.vibration, this.temperature, this.load);
			long minute = at.getEpochSecond() / 60;
			if (a.warnsNow() || a.phase() != this.savedPhase || minute != this.savedMinute) {
				this.savedMinute = minute;
				this.savedPhase = a.phase();
				kept.add(a);
			}
		}
		return kept;
	}

	private boolean mine(String property) {
		return property.equals(this.profile.vibration()) || property.equals(this.profile.load())
				|| property.equals(this.profile.temperature());
	}

	private void take(String property, double value) {
		if (property.equals(this.profile.vibration())) {
			this.vibration = value;
		}
		if (property.equals(this.profile.load())) {
			this.load = value;
		}
		if (property.equals(this.profile.temperature())) {
			this.temperature = value;
		}
	}

}
