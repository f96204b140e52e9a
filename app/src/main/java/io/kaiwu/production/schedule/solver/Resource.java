package io.kaiwu.production.schedule.solver;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A machine, line or crew that runs one operation at a time.
 *
 * @param id unique in the problem.
 * @param blocked times it cannot work (breaks, nights, maintenance, downtime); an
 * operation may not overlap them, it is not split around them.
 * @param setups setup minutes from one product family to another ({@code from -> to ->
 * minutes}); a missing pair costs nothing.
 * @param initialFamily the family it is set up for at the horizon origin, or
 * {@literal null} (then the first operation needs no setup).
 */
public record Resource(String id, List<TimeWindow> blocked, Map<String, Map<String, Integer>> setups,
		@Nullable String initialFamily) {

	public Resource {
		blocked = blocked.stream().sorted(java.util.Comparator.comparingInt(TimeWindow::start)).toList();
		setups = Map.copyOf(setups);
	}

	/** A resource that is always available and needs no setups. */
	public static Resource of(String id) {
		return new Resource(id, List.of(), Map.of(), null);
	}

	public Resource withBlocked(List<TimeWindow> windows) {
		return new Resource(this.id, windows, this.setups, this.initialFamily);
	}

	public Resource withSetups(Map<String, Map<String, Integer>> setupMinutes, @Nullable String initial) {
		return new Resource(this.id, this.blocked, setupMinutes, initial);
	}

	/** Setup minutes to change over from one family to another. */
	public int setup(@Nullable String from, String to) {
		if (from == null || from.equals(to)) {
			return 0;
		}
		return this.setups.getOrDefault(from, Map.of()).getOrDefault(to, 0);
	}

	boolean hasSetups() {
		return this.setups.values().stream().anyMatch((row) -> row.values().stream().anyMatch((m) -> m > 0));
	}

	/**
	 * The longest stretch free of blocked time; the open end after the last block counts
	 * as endless.
	 */
	long longestFreeWindow() {
		long longest = 0;
		long free = 0;
		for (TimeWindow block : this.blocked) {
			longest = Math.max(longest, block.start() - free);
			free = Math.max(free, block.end());
		}
		return (free >= SchedulingProblem.END_OF_TIME) ? longest : Long.MAX_VALUE;
	}

}
