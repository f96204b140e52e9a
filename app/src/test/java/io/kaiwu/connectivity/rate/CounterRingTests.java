package io.kaiwu.connectivity.rate;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CounterRingTests {

	static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

	final CounterRing ring = new CounterRing(Duration.ofMinutes(1), 13);

	@Test
	void noRateBeforeTheSecondSample() {
		assertThat(this.ring.rate()).isEqualTo(MessageRate.NONE);
		this.ring.add(sample(0, 500, 3));
		assertThat(this.ring.rate()).isEqualTo(MessageRate.NONE);
	}

	@Test
	void theRateIsTheGrowthOverTheTimeBetweenTheSamples() {
		this.ring.add(sample(0, 1000, 10));
		this.ring.add(sample(5, 1100, 10));
		this.ring.add(sample(10, 1300, 12));
		MessageRate rate = this.ring.rate();
		// 300 received and 2 rejected in 10 seconds
		assertThat(rate.receivedPerSecond()).isEqualTo(30.0);
		assertThat(rate.rejectedPerSecond()).isEqualTo(0.2, within(1e-12));
		assertThat(rate.over()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void onlyTheLastMinuteCounts() {
		// a burst of 6,000 in the first five seconds, then 10 a second for two minutes
		this.ring.add(sample(0, 0, 0));
		this.ring.add(sample(5, 6000, 0));
		long count = 6000;
		for (int s = 10; s <= 125; s += 5) {
			count += 50;
			this.ring.add(sample(s, count, 0));
		}
		MessageRate rate = this.ring.rate();
		assertThat(rate.over()).isEqualTo(Duration.ofMinutes(1));
		assertThat(rate.receivedPerSecond()).isEqualTo(10.0);
	}

	@Test
	void aSampleOlderThanAMinuteIsDropped() {
		this.ring.add(sample(0, 0, 0));
		this.ring.add(new CounterRing.Sample(START.plusSeconds(60), 600, 0));
		assertThat(this.ring.rate().receivedPerSecond()).isEqualTo(10.0);
		this.ring.add(new CounterRing.Sample(START.plusSeconds(60).plusMillis(1), 600, 0));
		// the first sample is now older than a minute: 0 in 1 ms
		assertThat(this.ring.rate().receivedPerSecond()).isZero();
	}

	@Test
	void aCountThatWentDownStartsAgain() {
		this.ring.add(sample(0, 5000, 40));
		this.ring.add(sample(5, 5200, 41));
		// the connection was saved and its runtime started from zero
		this.ring.add(sample(10, 20, 0));
		assertThat(this.ring.rate()).isEqualTo(MessageRate.NONE);
		this.ring.add(sample(15, 70, 0));
		assertThat(this.ring.rate().receivedPerSecond()).isEqualTo(10.0);
	}

	@Test
	void aQuietConnectorHasRateZeroOverTheWholeMinute() {
		for (int s = 0; s <= 90; s += 5) {
			this.ring.add(sample(s, 42, 7));
		}
		MessageRate rate = this.ring.rate();
		assertThat(rate.receivedPerSecond()).isZero();
		assertThat(rate.rejectedPerSecond()).isZero();
		assertThat(rate.over()).isEqualTo(Duration.ofMinutes(1));
	}

	static CounterRing.Sample sample(int second, long received, long rejected) {
		return new CounterRing.Sample(START.plusSeconds(second), received, rejected);
	}

}
