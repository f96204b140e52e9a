package io.kaiwu.equipment.state;

import java.time.Instant;
import java.util.Optional;

import io.kaiwu.equipment.MachineState;
import org.jspecify.annotations.Nullable;

/**
 * One machine's state over time, by the signals' timestamps. A signal older than the
 * start of the current state does not rewrite history: it is ignored.
 */
public final class MachineTimeline {

	private @Nullable MachineState state;

	private @Nullable Instant since;

	/**
	 * @param state the state the machine is in, for example the open interval read back
	 * after a restart; {@literal null} when none is known yet
	 * @param since when that state began; {@literal null} exactly when {@code state} is
	 */
	public MachineTimeline(@Nullable MachineState state, @Nullable Instant since) {
		if ((state == null) != (since == null)) {
			throw new IllegalArgumentException("A known state needs its start, and only a known state has one");
		}
		this.state = state;
		this.since = since;
	}

	/**
	 * A change from one state to another.
	 *
	 * @param from the state before; {@literal null} for the first state seen
	 * @param fromSince when the state before began; {@literal null} with {@code from}
	 * @param to the state now
	 * @param at when the change happened
	 */
	public record Transition(@Nullable MachineState from, @Nullable Instant fromSince, MachineState to, Instant at) {
	}

	/**
	 * What a signal showed.
	 * @return the change it makes; empty when the state stays or the signal is older than
	 * the current state
	 */
	public Optional<Transition> observe(MachineState seen, Instant at) {
		if (this.state != null && (seen == this.state || at.isBefore(this.since))) {
			return Optional.empty();
		}
		Transition transition = new Transition(this.state, this.since, seen, at);
		this.state = seen;
		this.since = at;
		return Optional.of(transition);
	}

	public @Nullable MachineState state() {
		return this.state;
	}

	public @Nullable Instant since() {
		return this.since;
	}

}
