package io.kaiwu.equipment.oee;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kaiwu.equipment.MachineState;
import org.jspecify.annotations.Nullable;

/**
 * Where a machine's planned working time went: its state intervals laid over the shift
 * calendar's working windows. Time outside the windows (breaks, nights off, planned stops
 * of the calendar) does not count at all; a {@code PLANNED_STOP} state inside them is
 * taken out of planned production time as well; time without any recorded state (no
 * signal yet, device offline before the first state) is not guessed: it is reported as
 * unrecorded and left out.
 *
 * @param working planned working time by the calendar
 * @param plannedStop time in {@code PLANNED_STOP} inside the working windows
 * @param unrecorded working time without a recorded state
 * @param running time in {@code RUNNING}
 * @param idle time in {@code IDLE} (idling, a performance loss)
 * @param breakdowns time in {@code DOWN} (stops at least as long as the minor-stop
 * threshold)
 * @param minorStops time in {@code DOWN} stops shorter than the minor-stop threshold
 * @param setup time in {@code SETUP}
 */
public record TimeAccount(Duration working, Duration plannedStop, Duration unrecorded, Duration running, Duration idle,
		Duration breakdowns, Duration minorStops, Duration setup) {

	/** A span of planned working time, {@code [start, end)}. */
	public record Window(Instant start, Instant end) {
	}

	/** A span in one state, {@code [start, end)}; an open interval ends now. */
	public record StateSpan(MachineState state, Instant start, Instant end) {
	}

	/**
	 * Lays the states over the working windows.
	 * @param windows the planned working windows, not overlapping
	 * @param states the machine's states, not overlapping
	 * @param minorStopThreshold a {@code DOWN} stop (its whole length) shorter than this
	 * is a minor stop; {@literal null}: every stop is a breakdown
	 */
	public static TimeAccount of(List<Window> windows, List<StateSpan> states, @Nullable Duration minorStopThreshold) {
		Duration working = Duration.ZERO;
		for (Window w : windows) {
			working = working.plus(Duration.between(w.start(), w.end()));
		}
		Duration plannedStop = Duration.ZERO;
		Duration running = Duration.ZERO;
		Duration idle = Duration.ZERO;
		Duration breakdowns = Duration.ZERO;
		Duration minorStops = Duration.ZERO;
		Duration setup = Duration.ZERO;
		for (StateSpan s : states) {
			Duration inside = overlap(windows, s.start(), s.end());
			switch (s.state()) {
				case PLANNED_STOP -> plannedStop = plannedStop.plus(inside);
				case RUNNING -> running = running.plus(inside);
				case IDLE -> idle = idle.plus(inside);
				case SETUP -> setup = setup.plus(inside);
				case DOWN -> {
					boolean minor = minorStopThreshold != null
							&& Duration.between(s.start(), s.end()).compareTo(minorStopThreshold) < 0;
					if (minor) {
						minorStops = minorStops.plus(inside);
					}
					else {
						breakdowns = breakdowns.plus(inside);
					}
				}
			}
		}
		Duration recorded = plannedStop.plus(running).plus(idle).plus(breakdowns).plus(minorStops).plus(setup);
		return new TimeAccount(working, plannedStop, working.minus(recorded), running, idle, breakdowns, minorStops,
				setup);
	}

	/** Nothing accounted yet. */
	public static TimeAccount none() {
		return new TimeAccount(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
				Duration.ZERO, Duration.ZERO);
	}

	/** Two accounts added up (machines of one line). */
	public TimeAccount plus(TimeAccount other) {
		return new TimeAccount(this.working.plus(other.working), this.plannedStop.plus(other.plannedStop),
				this.unrecorded.plus(other.unrecorded), this.running.plus(other.running), this.idle.plus(other.idle),
				this.breakdowns.plus(other.breakdowns), this.minorStops.plus(other.minorStops),
				this.setup.plus(other.setup));
	}

	/** Planned production time: working time less planned stops and unrecorded time. */
	public Duration plannedProduction() {
		return this.working.minus(this.plannedStop).minus(this.unrecorded);
	}

	/** The production period for the OEE kernel, with the parts made in it. */
	public ProductionPeriod period(Duration idealCycleTime, long totalCount, long rejectCount) {
		return new ProductionPeriod(plannedProduction(), this.breakdowns, this.setup, this.minorStops.plus(this.idle),
				idealCycleTime, totalCount, rejectCount, 0);
	}

	private static Duration overlap(List<Window> windows, Instant start, Instant end) {
		Duration total = Duration.ZERO;
		for (Window w : windows) {
			Instant from = start.isAfter(w.start()) ? start : w.start();
			Instant to = end.isBefore(w.end()) ? end : w.end();
			if (to.isAfter(from)) {
				total = total.plus(Duration.between(from, to));
			}
		}
		return total;
	}

}
