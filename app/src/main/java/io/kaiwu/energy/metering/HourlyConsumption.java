package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Spreads a meter's consumption intervals over clock hours. An interval straddling the
 * top of an hour gives each hour its share in proportion to time (readings 10:50 and
 * 11:10 with 20 kWh: 10 kWh to each hour). An hour is counted only when counted intervals
 * cover all of it; any uncovered or missing minute makes it {@link HourStatus#MISSING},
 * without a quantity, never zero and never interpolated.
 */
public final class HourlyConsumption {

	/** Quantities are kept to six decimals, like the stored counters. */
	private static final int SCALE = 6;

	private static final Duration HOUR = Duration.ofHours(1);

	private HourlyConsumption() {
	}

	/**
	 * The hours in {@code [from, to)}, both whole hours.
	 */
	public static List<MeterHour> hours(MeterSeries series, Instant from, Instant to) {
		if (!from.equals(from.truncatedTo(ChronoUnit.HOURS)) || !to.equals(to.truncatedTo(ChronoUnit.HOURS))) {
			throw new IllegalArgumentException("hours start at the top of an hour: " + from + ", " + to);
		}
		List<MeterHour> hours = new ArrayList<>();
		for (Instant start = from; start.isBefore(to); start = start.plus(HOUR)) {
			hours.add(hour(series, start, start.plus(HOUR)));
		}
		return hours;
	}

	private static MeterHour hour(MeterSeries series, Instant start, Instant end) {
		BigDecimal quantity = BigDecimal.ZERO;
		Duration covered = Duration.ZERO;
		boolean gap = false;
		HourStatus worst = HourStatus.OK;
		for (ConsumptionInterval interval : series.intervals()) {
			Duration overlap = overlap(interval.start(), interval.end(), start, end);
			if (overlap.isZero()) {
				continue;
			}
			if (interval.isMissing()) {
				gap = true;
				continue;
			}
			covered = covered.plus(overlap);
			BigDecimal consumption = interval.measured().orElseThrow();
			quantity = quantity.add(consumption.multiply(BigDecimal.valueOf(overlap.toNanos()))
				.divide(BigDecimal.valueOf(interval.length().toNanos()), SCALE + 4, RoundingMode.HALF_EVEN));
			worst = worse(worst, switch (interval.status()) {
				case ROLLOVER -> HourStatus.ROLLOVER;
				case RESET -> HourStatus.RESET;
				default -> HourStatus.OK;
			});
		}
		if (gap || covered.compareTo(HOUR) < 0) {
			String why = gap ? "readings further apart than the reading period allows"
					: "no readings around part of the hour";
			return new MeterHour(start, null, HourStatus.MISSING, why);
		}
		StringJoiner flagged = new StringJoiner("; ");
		for (ReadingFlag flag : series.flags()) {
			Instant at = flag.reading().at();
			if (!at.isBefore(start) && at.isBefore(end)) {
				flagged.add(flag.reason() + " " + flag.reading().value().toPlainString() + " at " + at
						+ ((flag.previousValue() != null) ? " after " + flag.previousValue().toPlainString() : ""));
			}
		}
		if (flagged.length() > 0) {
			return new MeterHour(start, quantity.setScale(SCALE, RoundingMode.HALF_EVEN), HourStatus.FLAGGED,
					flagged.toString());
		}
		return new MeterHour(start, quantity.setScale(SCALE, RoundingMode.HALF_EVEN), worst, null);
	}

	private static HourStatus worse(HourStatus a, HourStatus b) {
		return (a.ordinal() >= b.ordinal()) ? a : b;
	}

	private static Duration overlap(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
		Instant start = aStart.isAfter(bStart) ? aStart : bStart;
		Instant end = aEnd.isBefore(bEnd) ? aEnd : bEnd;
		return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
	}

}
