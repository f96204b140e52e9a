package io.kaiwu.alarm.rule;

/** How a value is compared with a limit: abnormal when the comparison holds. */
public enum Comparison {

	GT(">"), GE(">="), LT("<"), LE("<=");

	private final String symbol;

	Comparison(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

	/** Whether a value is abnormal against the limit. */
	public boolean abnormal(double value, double limit) {
		return switch (this) {
			case GT -> value > limit;
			case GE -> value >= limit;
			case LT -> value < limit;
			case LE -> value <= limit;
		};
	}

	/**
	 * Whether a value is back to normal beyond the deadband: the limit is moved by the
	 * deadband towards normal and the value must no longer be abnormal against it.
	 */
	public boolean normalAgain(double value, double limit, double deadband) {
		double moved = (this == GT || this == GE) ? limit - deadband : limit + deadband;
		return !abnormal(value, moved);
	}

	public static Comparison ofSymbol(String symbol) {
		for (Comparison comparison : values()) {
			if (comparison.symbol.equals(symbol) || comparison.name().equals(symbol)) {
				return comparison;
			}
		}
		throw new IllegalArgumentException("Unknown comparison " + symbol);
	}

}
