package io.kaiwu.telemetry.aggregation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Buckets are aligned in the site's time zone, and counters are summed across resets and
 * rollover.
 */
class BucketsTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static Sample at(String local, ZoneId zone, double value) {
		return new Sample(LocalDateTime.parse(local).atZone(zone).toInstant(), value);
	}

	@Test
	void averagesOneMinuteBuckets() {
		List<Bucket> buckets = Buckets.aggregate(
				List.of(at("2026-07-06T10:00:10", SHANGHAI, 1), at("2026-07-06T10:00:50", SHANGHAI, 3),
						at("2026-07-06T10:01:05", SHANGHAI, 5)),
				Duration.ofMinutes(1), SHANGHAI, Aggregate.AVG, OptionalDouble.empty());
		assertThat(buckets).containsExactly(new Bucket(at("2026-07-06T10:00:00", SHANGHAI, 0).ts(), 2.0, 2),
				new Bucket(at("2026-07-06T10:01:00", SHANGHAI, 0).ts(), 5.0, 1));
	}

	@Test
	void alignsHourBucketsOnTheSitesClockNotOnUtc() {
		ZoneId kolkata = ZoneId.of("Asia/Kolkata");
		List<Bucket> buckets = Buckets.aggregate(List.of(new Sample(Instant.parse("2026-01-01T10:15:00Z"), 7)),
				Duration.ofHours(1), kolkata, Aggregate.LAST, OptionalDouble.empty());
		assertThat(buckets.get(0).start()).as("15:45 IST falls in 15:00 IST, which is 09:30 UTC")
			.isEqualTo(Instant.parse("2026-01-01T09:30:00Z"));
	}

	@Test
	void aDayBucketIsTheSitesCalendarDayAlsoAcrossAClockChange() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		List<Bucket> buckets = Buckets.aggregate(
				List.of(at("2026-03-29T00:30:00", berlin, 1), at("2026-03-29T23:30:00", berlin, 2),
						at("2026-03-30T00:10:00", berlin, 4)),
				Duration.ofDays(1), berlin, Aggregate.COUNT, OptionalDouble.empty());
		assertThat(buckets).hasSize(2);
		assertThat(buckets.get(0).start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
		assertThat(buckets.get(0).count()).as("the 23-hour day keeps both samples").isEqualTo(2);
		assertThat(buckets.get(1).start()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
	}

	@Test
	void foldsFirstLastMinMaxSumAndCount() {
		List<Sample> samples = List.of(at("2026-07-06T08:00:00", SHANGHAI, 4), at("2026-07-06T08:20:00", SHANGHAI, -2),
				at("2026-07-06T08:40:00", SHANGHAI, 9));
		assertThat(value(samples, Aggregate.FIRST)).isEqualTo(4);
		assertThat(value(samples, Aggregate.LAST)).isEqualTo(9);
		assertThat(value(samples, Aggregate.MIN)).isEqualTo(-2);
		assertThat(value(samples, Aggregate.MAX)).isEqualTo(9);
		assertThat(value(samples, Aggregate.SUM)).isEqualTo(11);
		assertThat(value(samples, Aggregate.COUNT)).isEqualTo(3);
	}

	@Test
	void deltaCountsOnAcrossAReset() {
		List<Sample> counter = List.of(at("2026-07-06T08:00:00", SHANGHAI, 100),
				at("2026-07-06T08:10:00", SHANGHAI, 110), at("2026-07-06T08:20:00", SHANGHAI, 5),
				at("2026-07-06T08:30:00", SHANGHAI, 12));
		assertThat(value(counter, Aggregate.DELTA)).as("10 + 5 after the reset to zero + 7").isEqualTo(22);
	}

	@Test
	void deltaCountsOnAcrossARollover() {
		List<Sample> meter = List.of(at("2026-07-06T08:00:00", SHANGHAI, 99_990.0),
				at("2026-07-06T08:15:00", SHANGHAI, 5.0));
		List<Bucket> buckets = Buckets.aggregate(meter, Duration.ofHours(1), SHANGHAI, Aggregate.DELTA,
				OptionalDouble.of(99_999.9));
		assertThat(buckets.get(0).value()).as("9.9 up to the wrap, then 5.0").isCloseTo(14.9, within(1e-9));
	}

	@Test
	void deltaOfAHourIsTheIncreaseSinceTheLastReadingBeforeIt() {
		List<Sample> meter = List.of(at("2026-07-06T08:50:00", SHANGHAI, 1000),
				at("2026-07-06T09:05:00", SHANGHAI, 1030), at("2026-07-06T09:55:00", SHANGHAI, 1100));
		List<Bucket> buckets = Buckets.aggregate(meter, Duration.ofHours(1), SHANGHAI, Aggregate.DELTA,
				OptionalDouble.empty());
		assertThat(buckets.get(1).value()).isEqualTo(100);
	}

	private static double value(List<Sample> samples, Aggregate aggregate) {
		return Buckets.aggregate(samples, Duration.ofHours(1), SHANGHAI, aggregate, OptionalDouble.empty())
			.get(0)
			.value();
	}

}
