package io.kaiwu.telemetry.aggregation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Folds a time-ordered series into buckets of a fixed interval, aligned on the site's
 * local midnight (so a one-hour bucket starts at 08:00 Asia/Shanghai, not at 08:00 UTC,
 * and a one-day bucket is the site's calendar day, 23 or 25 hours long across a clock
 * change). Plain Java: the same rules for every store.
 */
public final class Buckets {

	private Buckets() {
	}

	/**
	 * Aggregates samples that are sorted by time.
	 * @param samples the series in time order.
	 * @param interval the bucket length; one day or a divisor of it is aligned on local
	 * midnight, longer intervals on the first sample's local day.
	 * @param zone the site's time zone.
	 * @param aggregate how to fold.
	 * @param rolloverAt for {@link Aggregate#DELTA}: the value at which the counter wraps
	 * to zero (for example 99999.9), empty when it only resets.
	 * @return the non-empty buckets in time order.
	 */
	public static List<Bucket> aggregate(List<Sample> samples, Duration interval, ZoneId zone, Aggregate aggregate,
			OptionalDouble rolloverAt) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("interval must be positive");
		}
		List<Bucket> buckets = new ArrayList<>();
		Fold fold = null;
		Instant bucketStart = null;
		Instant bucketEnd = null;
		Double previous = null;
		for (Sample sample : samples) {
			if (bucketEnd == null || !sample.ts().isBefore(bucketEnd)) {
				if (fold != null) {
					buckets.add(fold.result(bucketStart));
				}
				bucketStart = startOf(sample.ts(), interval, zone);
				bucketEnd = endOf(bucketStart, interval, zone);
				fold = new Fold(aggregate);
			}
			double increase = (previous == null) ? 0 : increase(previous, sample.value(), rolloverAt);
			fold.add(sample.value(), increase);
			previous = sample.value();
		}
		if (fold != null) {
			buckets.add(fold.result(bucketStart));
		}
		return buckets;
	}

	/**
	 * How much a counter grew from {@code previous} to {@code current}: a drop means the
	 * counter wrapped at {@code rolloverAt} (then it counted up to it and on from zero)
	 * or, without one, was reset to zero.
	 */
	static double increase(double previous, double current, OptionalDouble rolloverAt) {
		if (current >= previous) {
			return current - previous;
		}
		if (rolloverAt.isPresent() && previous <= rolloverAt.getAsDouble()) {
			return (rolloverAt.getAsDouble() - previous) + current;
		}
		return current;
	}

	static Instant startOf(Instant ts, Duration interval, ZoneId zone) {
		ZonedDateTime local = ts.atZone(zone);
		LocalDate day = local.toLocalDate();
		ZonedDateTime midnight = day.atStartOfDay(zone);
		if (interval.compareTo(Duration.ofDays(1)) >= 0) {
			return midnight.toInstant();
		}
		long sinceMidnight = Duration.between(midnight, local).toMillis();
		long size = interval.toMillis();
		return midnight.toInstant().plusMillis((sinceMidnight / size) * size);
	}

	static Instant endOf(Instant start, Duration interval, ZoneId zone) {
		if (interval.compareTo(Duration.ofDays(1)) >= 0 && interval.toHours() % 24 == 0) {
			return start.atZone(zone).plusDays(interval.toDays()).toInstant();
		}
		return start.plus(interval);
	}

	private static final class Fold {

		private final Aggregate aggregate;

		private long count;

		private double sum;

		private double min = Double.POSITIVE_INFINITY;

		private double max = Double.NEGATIVE_INFINITY;

		private double first;

		private double last;

		private double delta;

		Fold(Aggregate aggregate) {
			this.aggregate = aggregate;
		}

		void add(double value, double increaseSincePrevious) {
			if (this.count == 0) {
				this.first = value;
			}
			this.count++;
			this.sum += value;
			this.min = Math.min(this.min, value);
			this.max = Math.max(this.max, value);
			this.last = value;
			this.delta += increaseSincePrevious;
		}

		Bucket result(Instant start) {
			double value = switch (this.aggregate) {
				case AVG -> this.sum / this.count;
				case MIN -> this.min;
				case MAX -> this.max;
				case SUM -> this.sum;
				case COUNT -> this.count;
				case FIRST -> this.first;
				case LAST -> this.last;
				case DELTA -> this.delta;
			};
			return new Bucket(start, value, this.count);
		}

	}

}
