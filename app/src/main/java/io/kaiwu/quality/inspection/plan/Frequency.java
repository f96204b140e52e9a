package io.kaiwu.quality.inspection.plan;

import org.jspecify.annotations.Nullable;

/**
 * How often a subgroup is taken (检验频次): every {@code every} units or minutes, or once per
 * lot.
 *
 * @param kind what is counted
 * @param every how many units or minutes between two subgroups; {@literal null} for
 * {@link FrequencyKind#LOT}
 */
public record Frequency(FrequencyKind kind, @Nullable Integer every) {

	public Frequency {
		if ((kind == FrequencyKind.LOT) != (every == null)) {
			throw new IllegalArgumentException("every N is given for units and minutes, and only for them");
		}
		if (every != null && every < 1) {
			throw new IllegalArgumentException("every must be positive: " + every);
		}
	}

	public static Frequency perLot() {
		return new Frequency(FrequencyKind.LOT, null);
	}

}
