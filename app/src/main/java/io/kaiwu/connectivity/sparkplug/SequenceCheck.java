package io.kaiwu.connectivity.sparkplug;

import org.jspecify.annotations.Nullable;

/**
 * The {@code seq} of one edge node's messages: 0 in the NBIRTH, then one more in every
 * message (DBIRTH, NDATA, DDATA, DDEATH), 255 wrapping to 0. A message out of line means
 * a message was lost or reordered; the host then asks for a rebirth.
 */
final class SequenceCheck {

	private long expected = -1;

	/** An NBIRTH: the count starts again after its {@code seq}. */
	void birth(@Nullable Long seq) {
		this.expected = (seq == null) ? -1 : next(seq);
	}

	/**
	 * A message after the birth.
	 * @return whether it is the expected one; either way the count goes on from it.
	 */
	boolean accept(@Nullable Long seq) {
		if (seq == null || seq < 0 || seq > 255) {
			return false;
		}
		boolean inLine = seq == this.expected;
		this.expected = next(seq);
		return inLine;
	}

	/** Forgets the count (the node died). */
	void reset() {
		this.expected = -1;
	}

	private static long next(long seq) {
		return (seq + 1) % 256;
	}

}
