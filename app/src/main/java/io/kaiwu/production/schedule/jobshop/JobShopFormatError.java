package io.kaiwu.production.schedule.jobshop;

/**
 * An instance text that is not in the standard format, with the exact place: line (from
 * 1, comment lines counted), and the pair on that line (from 1) when one pair is at
 * fault, 0 otherwise.
 */
public final class JobShopFormatError extends RuntimeException {

	/**
	 * What is wrong; each has a bundle key
	 * {@code schedule.job-shop.<name in kebab case>}.
	 */
	public enum Kind {

		/** No header line {@code n m}. */
		EMPTY,
		/** The header is not two positive whole numbers. */
		BAD_HEADER,
		/** A job line has a different number of pairs than the header's machine count. */
		WRONG_PAIR_COUNT,
		/** A value is not a whole number. */
		NOT_A_NUMBER,
		/** A machine number outside 0 to m - 1. */
		MACHINE_OUT_OF_RANGE,
		/** A negative duration. */
		NEGATIVE_DURATION,
		/** Fewer job lines than the header announces. */
		TOO_FEW_LINES,
		/** More job lines than the header announces. */
		TOO_MANY_LINES,
		/** More jobs or machines than the endpoint takes. */
		TOO_LARGE

	}

	private final Kind kind;

	private final int line;

	private final int pair;

	private final transient Object[] details;

	public JobShopFormatError(Kind kind, int line, int pair, Object... details) {
		super(kind + " at line " + line + ((pair > 0) ? ", pair " + pair : ""));
		this.kind = kind;
		this.line = line;
		this.pair = pair;
		this.details = details;
	}

	public Kind kind() {
		return this.kind;
	}

	public int line() {
		return this.line;
	}

	public int pair() {
		return this.pair;
	}

	/** Values for the message: what was found, what was expected. */
	public Object[] details() {
		return this.details.clone();
	}

	/** The bundle key of the message. */
	public String messageKey() {
		return "schedule.job-shop." + this.kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
