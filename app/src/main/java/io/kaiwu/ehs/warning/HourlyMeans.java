package io.kaiwu.ehs.warning;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A discharge point's values judged as the emission standards judge them: the mean of
 * each clock hour (GB 13271-2014 sets its limits on hourly mean concentrations), and the
 * hours whose mean is over the limit (超标小时). The arithmetic mean of the values in the
 * hour; an hour without values has no mean (missing, never zero).
 */
public final class HourlyMeans {

	/** One measured value. */
	public record Value(Instant at, double value) {
	}

	/** One clock hour's mean, from {@code start}, of {@code count} values. */
	public record HourMean(Instant start, double mean, int count) {
	}

	private final List<HourMean> hours;

	private HourlyMeans(List<HourMean> hours) {
		this.hours = List.copyOf(hours);
	}

	/** The means of the clock hours (in {@code zone}) that have values. */
	public static HourlyMeans of(List<Value> values, ZoneId zone) {
		Summing sums = new Summing(zone);
		values.forEach((v) -> sums.add(v.at(), v.value()));
		return sums.means();
	}

	/**
	 * Adds values up hour by hour as they are read, so that a month of a point read every
	 * second is never held in memory.
	 */
	public static final class Summing {

		private final ZoneId zone;

		private final Map<Instant, double[]> sums = new TreeMap<>();

		public Summing(ZoneId zone) {
			this.zone = zone;
		}

		public void add(Instant at, double value) {
			Instant hour = at.atZone(this.zone).truncatedTo(ChronoUnit.HOURS).toInstant();
			double[] sum = this.sums.computeIfAbsent(hour, (h) -> new double[2]);
			sum[0] += value;
			sum[1]++;
		}

		public HourlyMeans means() {
			List<HourMean> hours = new ArrayList<>();
			this.sums.forEach((hour, sum) -> hours.add(new HourMean(hour, sum[0] / sum[1], (int) sum[1])));
			return new HourlyMeans(hours);
		}

	}

	public List<HourMean> hours() {
		return this.hours;
	}

	/** The hours whose mean is over the limit. */
	public List<HourMean> over(double limit) {
		return this.hours.stream().filter((h) -> h.mean() > limit).toList();
	}

	/** The highest hourly mean; {@literal null} without values. */
	public @Nullable Double highest() {
		return this.hours.stream().map(HourMean::mean).max(Double::compare).orElse(null);
	}

}
