package io.kaiwu.energy.hint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Finds a compressed-air leak the way an energy engineer reads a compressor's flow chart:
 * a leak blows all the time, so it shows when demand falls (breaks, machines standing) as
 * a base flow higher than it used to be, at the same pressure.
 * <p>
 * The flow readings are cut into ten-minute slots aligned on the clock, each slot taken
 * as the median of its readings (noise and single spikes do not count). A window's
 * <em>base flow</em> is its lowest slot: six hours hold at least one break of a two-shift
 * plant. The latest window's base flow is compared with the median of the earlier
 * windows' (up to a week); a rise of at least 0.3 m³/min and three robust standard
 * deviations (1.4826 × the median absolute deviation) of the earlier windows is a leak of
 * that flow. The kW it costs is the flow times the compressor's own kW per m³/min: the
 * least-squares slope of its power against its flow over the readings.
 */
public final class AirLeaks {

	/** Readings are taken together per slot; a slot's value is their median. */
	public static final Duration SLOT = Duration.ofMinutes(10);

	/** The span whose lowest slot is its base flow. */
	public static final Duration WINDOW = Duration.ofHours(6);

	/** The earlier windows looked at: a week. */
	static final int LONGEST_HISTORY = 28;

	/** A rise smaller than this is not called a leak, however steady the base. */
	static final double SMALLEST_LEAK = 0.3;

	/** Robust standard deviations a rise must reach. */
	static final double SIGMAS = 3;

	/** MAD × 1.4826 estimates the standard deviation of normal data. */
	static final double MAD_TO_SIGMA = 1.4826;

	/** Earlier windows needed for a reference. */
	static final int FEWEST_REFERENCE_WINDOWS = 2;

	/** Readings paired to estimate kW per m³/min. */
	static final int FEWEST_PAIRS = 10;

	private AirLeaks() {
	}

	/**
	 * @param flow the compressor's delivered flow in m³/min, any order
	 * @param power its electrical power in kW, read together with the flow (same
	 * timestamps); may be empty
	 * @return the leak, if the latest window's base flow is raised
	 */
	public static Optional<AirLeak> find(List<Reading> flow, List<Reading> power) {
		if (flow.isEmpty()) {
			return Optional.empty();
		}
		List<Reading> sorted = flow.stream().sorted(Comparator.comparing(Reading::at)).toList();
		Instant end = floor(sorted.get(sorted.size() - 1).at());
		TreeMap<Instant, Double> slots = slotMedians(sorted, end);
		List<AirLeak.Window> windows = new ArrayList<>();
		int slotsPerWindow = (int) (WINDOW.toMinutes() / SLOT.toMinutes());
		for (int k = 0; k <= LONGEST_HISTORY; k++) {
			Instant windowEnd = end.minus(WINDOW.multipliedBy(k));
			Instant windowStart = windowEnd.minus(WINDOW);
			var inside = slots.subMap(windowStart, true, windowEnd, false);
			if (k == 0 && inside.size() * 2 < slotsPerWindow) {
				return Optional.empty();
			}
			if (inside.size() * 2 >= slotsPerWindow) {
				double base = inside.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
				windows.add(0, new AirLeak.Window(windowStart, windowEnd, base));
			}
		}
		AirLeak.Window latest = windows.get(windows.size() - 1);
		List<Double> earlier = windows.subList(0, windows.size() - 1).stream().map(AirLeak.Window::baseFlow).toList();
		if (earlier.size() < FEWEST_REFERENCE_WINDOWS) {
			return Optional.empty();
		}
		double reference = median(earlier);
		double spread = MAD_TO_SIGMA * median(earlier.stream().map((b) -> Math.abs(b - reference)).toList());
		double rise = latest.baseFlow() - reference;
		if (rise < Math.max(SMALLEST_LEAK, SIGMAS * spread)) {
			return Optional.empty();
		}
		Double slope = kWPerFlow(sorted, power);
		return Optional.of(new AirLeak(rise, latest.baseFlow(), reference, spread, slope,
				(slope != null) ? rise * slope : null, windows));
	}

	/** The median of each complete slot before the end with at least two readings. */
	private static TreeMap<Instant, Double> slotMedians(List<Reading> sorted, Instant end) {
		Map<Instant, List<Double>> bySlot = new HashMap<>();
		for (Reading r : sorted) {
			if (r.at().isBefore(end)) {
				bySlot.computeIfAbsent(floor(r.at()), (s) -> new ArrayList<>()).add(r.value());
			}
		}
		TreeMap<Instant, Double> medians = new TreeMap<>();
		bySlot.forEach((slot, values) -> {
			if (values.size() >= 2) {
				medians.put(slot, median(values));
			}
		});
		return medians;
	}

	/**
	 * The least-squares slope of power on flow over the readings taken together;
	 * {@literal null} with fewer than ten pairs or a flow that never changed.
	 */
	private static @Nullable Double kWPerFlow(List<Reading> flow, List<Reading> power) {
		Map<Instant, Double> kW = new HashMap<>();
		power.forEach((p) -> kW.put(p.at(), p.value()));
		List<double[]> pairs = new ArrayList<>();
		for (Reading f : flow) {
			Double p = kW.get(f.at());
			if (p != null) {
				pairs.add(new double[] { f.value(), p });
			}
		}
		if (pairs.size() < FEWEST_PAIRS) {
			return null;
		}
		double meanFlow = pairs.stream().mapToDouble((p) -> p[0]).average().orElseThrow();
		double meanPower = pairs.stream().mapToDouble((p) -> p[1]).average().orElseThrow();
		double covariance = 0;
		double variance = 0;
		for (double[] p : pairs) {
			covariance += (p[0] - meanFlow) * (p[1] - meanPower);
			variance += (p[0] - meanFlow) * (p[0] - meanFlow);
		}
		return (variance > 0) ? covariance / variance : null;
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static Instant floor(Instant at) {
		long slot = SLOT.toSeconds();
		return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), slot) * slot);
	}

}
