package io.kaiwu.energy.demand.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kaiwu.energy.metering.ConsumptionInterval;
import io.kaiwu.energy.metering.MeterSeries;
import org.jspecify.annotations.Nullable;

/**
 * Demand per quarter hour from a counter's consumption intervals: the kWh counted in each
 * clock quarter hour (an interval straddling a quarter's edge gives each side its share
 * in proportion to time) times four, the average kW over the 15 minutes. A quarter hour
 * that counted intervals do not cover whole, or that a gap touches, is missing: no
 * demand, never zero and never interpolated.
 */
public final class QuarterHourDemand {

	public static final Duration WINDOW = Duration.ofMinutes(15);

	private static final BigDecimal PER_HOUR = BigDecimal.valueOf(4);

	private static final int SCALE = 6;

	private QuarterHourDemand() {
	}

	/**
	 * The quarter hours in {@code [from, to)}; both on a quarter hour. {@code toKWh} is
	 * the factor from the meter's unit to kWh (1 for kWh, 1000 for MWh).
	 */
	public static List<DemandWindow> windows(MeterSeries series, Instant from, Instant to, BigDecimal toKWh) {
		if (!onQuarter(from) || !onQuarter(to)) {
			throw new IllegalArgumentException("windows start on a quarter hour: " + from + ", " + to);
		}
		List<DemandWindow> windows = new ArrayList<>();
		List<ConsumptionInterval> intervals = series.intervals();
		int first = 0;
		for (Instant start = from; start.isBefore(to); start = start.plus(WINDOW)) {
			Instant end = start.plus(WINDOW);
			while (first < intervals.size() && !intervals.get(first).end().isAfter(start)) {
				first++;
			}
			windows.add(window(intervals, first, start, end, toKWh));
		}
		return windows;
	}

	/** The highest demand among the known windows, if any is known. */
	public static Optional<DemandWindow> peak(List<DemandWindow> windows) {
		DemandWindow peak = null;
		for (DemandWindow w : windows) {
			if (w.kW() != null && (peak == null || w.kW().compareTo(peak.kW()) > 0)) {
				peak = w;
			}
		}
		return Optional.ofNullable(peak);
	}

	/**
	 * Several meters' windows added quarter by quarter; a quarter is missing when any
	 * meter's is. {@code subtract} says which to subtract (a virtual meter's terms).
	 */
	public static List<DemandWindow> combine(List<List<DemandWindow>> parts, List<Boolean> subtract) {
		if (parts.isEmpty()) {
			return List.of();
		}
		List<DemandWindow> sum = new ArrayList<>();
		for (int i = 0; i < parts.get(0).size(); i++) {
			BigDecimal kWh = BigDecimal.ZERO;
			for (int p = 0; p < parts.size() && kWh != null; p++) {
				BigDecimal part = parts.get(p).get(i).kWh();
				kWh = (part == null) ? null : (subtract.get(p) ? kWh.subtract(part) : kWh.add(part));
			}
			sum.add(of(parts.get(0).get(i).start(), kWh));
		}
		return sum;
	}

	private static DemandWindow window(List<ConsumptionInterval> intervals, int first, Instant start, Instant end,
			BigDecimal toKWh) {
		BigDecimal quantity = BigDecimal.ZERO;
		Duration covered = Duration.ZERO;
		for (int i = first; i < intervals.size() && intervals.get(i).start().isBefore(end); i++) {
			ConsumptionInterval interval = intervals.get(i);
			Duration overlap = overlap(interval, start, end);
			if (overlap.isZero()) {
				continue;
			}
			if (interval.isMissing()) {
				return of(start, null);
			}
			covered = covered.plus(overlap);
			quantity = quantity.add(interval.measured()
				.orElseThrow()
				.multiply(BigDecimal.valueOf(overlap.toNanos()))
				.divide(BigDecimal.valueOf(interval.length().toNanos()), SCALE + 4, RoundingMode.HALF_EVEN));
		}
		if (covered.compareTo(WINDOW) < 0) {
			return of(start, null);
		}
		return of(start, quantity.multiply(toKWh));
	}

	private static DemandWindow of(Instant start, @Nullable BigDecimal kWh) {
		if (kWh == null) {
			return new DemandWindow(start, null, null);
		}
		BigDecimal energy = kWh.setScale(SCALE, RoundingMode.HALF_EVEN);
		return new DemandWindow(start, energy, energy.multiply(PER_HOUR).setScale(SCALE - 1, RoundingMode.HALF_EVEN));
	}

	private static Duration overlap(ConsumptionInterval interval, Instant start, Instant end) {
		Instant from = interval.start().isAfter(start) ? interval.start() : start;
		Instant to = interval.end().isBefore(end) ? interval.end() : end;
		return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
	}

	private static boolean onQuarter(Instant at) {
		return at.getEpochSecond() % WINDOW.getSeconds() == 0 && at.getNano() == 0;
	}

}
