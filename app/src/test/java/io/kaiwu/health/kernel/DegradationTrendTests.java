package io.kaiwu.health.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DegradationTrendTests {

	@Test
	void anExactSquareLawIsFittedExactlyAndReachesTheThresholdWhereTheSquareDoes() {
		// excess = 8 · ((t − 1) / 8)² mm/s: √excess is a line through (1, 0) with slope
		// √8 / 8
		List<DegradationTrend.Point> points = new ArrayList<>();
		for (double t = 2; t <= 5; t += 0.25) {
			points.add(new DegradationTrend.Point(t, 8 * Math.pow((t - 1) / 8, 2)));
		}
		DegradationTrend.Fit fit = DegradationTrend.fit(points).orElseThrow();

		assertThat(fit.slope()).isCloseTo(Math.sqrt(8) / 8, within(1e-9));
		// 6 mm/s is reached at t = 1 + 8 · √(6/8)
		assertThat(fit.crossing(6)).isCloseTo(1 + 8 * Math.sqrt(6.0 / 8), within(1e-9));
		assertThat(fit.earliest(6)).isCloseTo(fit.crossing(6), within(1e-6));
		assertThat(fit.latest(6)).isCloseTo(fit.crossing(6), within(1e-6));
	}

	@Test
	void noiseWidensTheBandAroundTheCrossing() {
		SplittableRandom random = new SplittableRandom(7);
		List<DegradationTrend.Point> points = new ArrayList<>();
		for (double t = 2; t <= 5; t += 1.0 / 60) {
			points.add(new DegradationTrend.Point(t, 8 * Math.pow((t - 1) / 8, 2) + 0.05 * random.nextGaussian()));
		}
		DegradationTrend.Fit fit = DegradationTrend.fit(points).orElseThrow();

		double truth = 1 + 8 * Math.sqrt(6.0 / 8);
		assertThat(fit.earliest(6)).isLessThan(fit.crossing(6));
		assertThat(fit.latest(6)).isGreaterThan(fit.crossing(6));
		assertThat(truth).isBetween(fit.earliest(6), fit.latest(6));
		assertThat(fit.significance()).isGreaterThan(10);
	}

	@Test
	void aFallingOrFlatTrendOrTooFewPointsGiveNoFit() {
		assertThat(DegradationTrend.fit(List.of(new DegradationTrend.Point(1, 2), new DegradationTrend.Point(2, 1),
				new DegradationTrend.Point(3, 0.5))))
			.isEmpty();
		assertThat(DegradationTrend.fit(List.of(new DegradationTrend.Point(1, 1), new DegradationTrend.Point(2, 1),
				new DegradationTrend.Point(3, 1))))
			.isEmpty();
		assertThat(DegradationTrend.fit(List.of(new DegradationTrend.Point(1, 1), new DegradationTrend.Point(2, 2))))
			.isEmpty();
	}

}
