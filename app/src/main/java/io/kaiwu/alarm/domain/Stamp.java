package io.kaiwu.alarm.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Who did something to an alarm, and when.
 *
 * @param by a user name, a module, or {@code system} for a rule.
 * @param at when.
 */
public record Stamp(String by, Instant at) {

	public Stamp {
		Objects.requireNonNull(by, "by");
		Objects.requireNonNull(at, "at");
	}

}
