package io.kaiwu.production.schedule.solver;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step of a job's routing. The job's operations form a chain: each starts when the
 * one before has ended, unless the one before has a transfer lag.
 *
 * @param id unique in the problem (a work order id, for example).
 * @param modes the alternative resources with their durations; exactly one is chosen.
 * @param transferLag with transfer batches: the next operation may start this many
 * minutes after this one starts (the first batch is done), and may not end before this
 * one ends; {@literal null} for the plain end-to-start chain.
 * @param pin fixed resource and start, or {@literal null}.
 */
public record Operation(String id, List<Mode> modes, @Nullable Integer transferLag, @Nullable Pin pin) {

	public Operation {
		modes = List.copyOf(modes);
		if (transferLag != null && transferLag < 0) {
			throw new IllegalArgumentException("Negative transfer lag on operation " + id);
		}
	}

	/** A plain operation on one resource. */
	public static Operation on(String id, String resource, int duration) {
		return new Operation(id, List.of(new Mode(resource, duration)), null, null);
	}

	public Operation withPin(Pin pin) {
		return new Operation(this.id, this.modes, this.transferLag, pin);
	}

	public Operation withTransferLag(int lag) {
		return new Operation(this.id, this.modes, lag, this.pin);
	}

	int longestDuration() {
		return this.modes.stream().mapToInt(Mode::duration).max().orElse(0);
	}

}
