package io.kaiwu.alarm.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An alarm shelved (已搁置) by an operator: hidden from the alarm list until {@code until}.
 *
 * @param stamp who shelved it, and when.
 * @param until when it comes back by itself.
 * @param reason why, in the operator's words.
 */
public record Shelving(Stamp stamp, Instant until, String reason) {

	public Shelving {
		Objects.requireNonNull(stamp, "stamp");
		Objects.requireNonNull(until, "until");
		Objects.requireNonNull(reason, "reason");
	}

	/** Whether it still hides the alarm at this time. */
	public boolean hidesAt(Instant now) {
		return now.isBefore(this.until);
	}

}
