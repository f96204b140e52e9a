package io.kaiwu.energy.tariff;

import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The months in which one set of hour bands applies, for example July to September, when
 * Guangdong carves the critical peak out of the peak.
 *
 * @param name what the tariff calls it
 * @param months the months it applies in
 * @param bands the hour bands of its days
 */
public record Season(String name, Set<Month> months, List<TimeBand> bands) {

	public Season {
		Objects.requireNonNull(name, "name");
		months = months.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(months));
		bands = List.copyOf(bands);
	}

	/** The same bands every month. */
	public static Season allYear(String name, List<TimeBand> bands) {
		return new Season(name, EnumSet.allOf(Month.class), bands);
	}

}
