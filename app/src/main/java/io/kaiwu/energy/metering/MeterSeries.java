package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A meter's consumption intervals and the readings that were set aside.
 *
 * @param intervals in time order, back to back from the first to the last counted reading
 * @param flags the readings not counted, with their reason, in time order
 */
public record MeterSeries(List<ConsumptionInterval> intervals, List<ReadingFlag> flags) {

	public MeterSeries {
		intervals = List.copyOf(intervals);
		flags = List.copyOf(flags);
	}

	/** The sum of the counted intervals, leaving out the missing ones. */
	public BigDecimal countedTotal() {
		return this.intervals.stream()
			.map(ConsumptionInterval::consumption)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public boolean hasMissing() {
		return this.intervals.stream().anyMatch(ConsumptionInterval::isMissing);
	}

}
