package io.kaiwu.alarm.expression;

/**
 * Why an expression was refused, and where: the position is the 1-based character in the
 * text, {@code detail} is what was expected or found, in symbols (the same in every
 * language).
 */
public final class ExpressionError extends RuntimeException {

	/** What went wrong; each has its own message for users. */
	public enum Reason {

		/** Another token was expected here; detail: what was expected. */
		EXPECTED,
		/** A function that is not offered; detail: the name. */
		UNKNOWN_FUNCTION,
		/** A function called with the wrong number of arguments; detail: the name. */
		ARGUMENTS,
		/** A condition (a comparison, &&, ||, !) where a number belongs. */
		NUMBER_EXPECTED,
		/** A number where a condition belongs, for example the whole expression. */
		CONDITION_EXPECTED,
		/** Longer than {@link Expression#MAX_LENGTH} characters. */
		TOO_LONG,
		/** More than {@link Expression#MAX_NODES} numbers, names and operators. */
		TOO_MANY_NODES,
		/** Nested deeper than {@link Expression#MAX_DEPTH}. */
		TOO_DEEP

	}

	private final Reason reason;

	private final int position;

	private final String detail;

	private final String found;

	ExpressionError(Reason reason, int position, String detail, String found) {
		super(reason + " at " + position + ": " + detail + " (found " + found + ")");
		this.reason = reason;
		this.position = position;
		this.detail = detail;
		this.found = found;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The 1-based character where the problem is. */
	public int position() {
		return this.position;
	}

	public String detail() {
		return this.detail;
	}

	/** The text found at the position, or "end" at the end. */
	public String found() {
		return this.found;
	}

}
