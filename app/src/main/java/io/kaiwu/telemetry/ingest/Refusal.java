package io.kaiwu.telemetry.ingest;

import java.util.Locale;

import io.kaiwu.telemetry.Rejection;

/**
 * A rejected input with the kind of reason (the tag of the
 * {@code kaiwu.telemetry.rejected} counter) and an excerpt of what was sent.
 *
 * @param what the property, {@code ts} or {@code payload}.
 * @param kind the kind of reason.
 * @param reason the reason, in words an integrator can act on.
 * @param excerpt what was sent, shortened.
 */
public record Refusal(String what, Kind kind, String reason, String excerpt) {

	/** Kinds of rejection reasons. */
	public enum Kind {

		PAYLOAD, UNKNOWN_DEVICE, UNKNOWN_PROPERTY, WRONG_TYPE, NOT_FINITE, OUT_OF_RANGE, NOT_IN_ENUM, TOO_LONG, FUTURE,
		TOO_OLD;

		/** The tag value: lower case with dashes. */
		public String tag() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	public Rejection rejection() {
		return new Rejection(this.what, this.reason);
	}

}
