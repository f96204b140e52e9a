package io.kaiwu.maintenance.kernel;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Projected due moments of usage plans, worked by hand. */
class UsageProjectionTests {

	private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

	private static final Duration WEEK = Duration.ofDays(7);

	@Test
	void aCounterPlanIsProjectedFromThePartsOfTheLastWeek() {
		// 1,260 parts in 7 days = 180 a day; at 3,100 of 4,000: 900 to go = 5 days
		assertThat(new UsageProjection(3100, 4000, 1260, WEEK).dueAt(NOW))
			.contains(Instant.parse("2026-03-15T02:00:00Z"));
	}

	@Test
	void aRuntimePlanIsProjectedFromTheRunningHoursOfTheLastWeek() {
		// 120 running hours in 168 h of calendar time; at 480 h of 500 h: 20 h to go,
		// which takes 20 × 168 / 120 = 28 h
		long hour = 3600;
		assertThat(new UsageProjection(480 * hour, 500 * hour, 120 * hour, WEEK).dueAt(NOW))
			.contains(Instant.parse("2026-03-11T06:00:00Z"));
	}

	@Test
	void aPlanAlreadyDueIsDueNow() {
		assertThat(new UsageProjection(4010, 4000, 0, WEEK).dueAt(NOW)).contains(NOW);
	}

	@Test
	void aMachineNotUsedRecentlyHasNoProjection() {
		assertThat(new UsageProjection(100, 1000, 0, WEEK).dueAt(NOW)).isEmpty();
	}

	@Test
	void aRateTooSmallForACenturyHasNoProjection() {
		assertThat(new UsageProjection(0, Long.MAX_VALUE / 2, 1, WEEK).dueAt(NOW)).isEmpty();
	}

}
