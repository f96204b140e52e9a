package io.kaiwu.alarm.rule;

/** The kinds of alarm rule. */
public enum RuleKind {

	THRESHOLD, RANGE, RATE_OF_CHANGE, SUSTAINED, NO_DATA, EXPRESSION;

	public static RuleKind of(Condition condition) {
		if (condition instanceof Condition.Threshold) {
			return THRESHOLD;
		}
		if (condition instanceof Condition.Range) {
			return RANGE;
		}
		if (condition instanceof Condition.RateOfChange) {
			return RATE_OF_CHANGE;
		}
		if (condition instanceof Condition.Sustained) {
			return SUSTAINED;
		}
		if (condition instanceof Condition.Expressed) {
			return EXPRESSION;
		}
		return NO_DATA;
	}

}
