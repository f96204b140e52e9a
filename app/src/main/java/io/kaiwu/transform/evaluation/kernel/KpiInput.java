package io.kaiwu.transform.evaluation.kernel;

import org.jspecify.annotations.Nullable;

/**
 * One number a KPI's formula takes.
 *
 * @param name the input's name, as in the API and the message bundle
 * ({@code kpi.input.<name>}).
 * @param minimum the smallest value the input can take.
 * @param strictlyAbove whether the value must be strictly above the minimum (a divisor).
 * @param maximum the largest value, {@link Double#POSITIVE_INFINITY} when unbounded.
 * @param evidenceKey the key of the platform fact ({@code EvidenceFact}) the input can be
 * taken from, or {@literal null} when only a person can enter it.
 */
public record KpiInput(String name, double minimum, boolean strictlyAbove, double maximum,
		@Nullable String evidenceKey) {

	static KpiInput amount(String name) {
		return new KpiInput(name, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, null);
	}

	static KpiInput atLeastZero(String name) {
		return new KpiInput(name, 0, false, Double.POSITIVE_INFINITY, null);
	}

	static KpiInput divisor(String name) {
		return new KpiInput(name, 0, true, Double.POSITIVE_INFINITY, null);
	}

	static KpiInput share(String name, @Nullable String evidenceKey) {
		return new KpiInput(name, 0, false, 1, evidenceKey);
	}

	static KpiInput score(String name) {
		return new KpiInput(name, 0, false, 100, null);
	}

	/** Whether the value is allowed. */
	boolean admits(double value) {
		if (!Double.isFinite(value) || value > this.maximum) {
			return false;
		}
		return this.strictlyAbove ? value > this.minimum : value >= this.minimum;
	}

}
