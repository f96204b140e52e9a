package io.kaiwu.production.resource.kernel;

import java.time.Instant;

/**
 * A half-open span of time {@code [start, end)}.
 *
 * @param start the first instant in it
 * @param end the first instant after it, not before {@code start}
 */
public record Span(Instant start, Instant end) {

	public Span {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A span cannot end (" + end + ") before it starts (" + start + ")");
		}
	}

	public boolean isEmpty() {
		return this.start.equals(this.end);
	}

}
