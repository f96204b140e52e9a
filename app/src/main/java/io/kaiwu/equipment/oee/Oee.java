package io.kaiwu.equipment.oee;

import java.time.Duration;

/**
 * Overall equipment effectiveness of one production period. Ratios are fractions (0.75 is
 * 75 %); a ratio without a basis (no planned time, no run time, no parts) is 0.
 *
 * @param availability run time / planned production time (时间开动率)
 * @param performance ideal cycle time × total count / run time (性能开动率); above 1 means the
 * ideal cycle time is set too slow
 * @param quality good count / total count (合格品率)
 * @param oee availability × performance × quality
 * @param losses the six big losses in minutes
 */
public record Oee(double availability, double performance, double quality, double oee, SixBigLosses losses) {

	private static final double SECONDS_PER_MINUTE = 60.0;

	public static Oee of(ProductionPeriod period) {
		double planned = minutes(period.plannedProductionTime());
		double run = minutes(period.runTime());
		double ideal = minutes(period.idealCycleTime());
		double idealRunTime = ideal * period.totalCount();

		double availability = ratio(run, planned);
		double performance = ratio(idealRunTime, run);
		double quality = ratio(period.goodCount(), period.totalCount());

		double minorStops = minutes(period.minorStops());
		SixBigLosses losses = new SixBigLosses(minutes(period.equipmentFailure()),
				minutes(period.setupAndAdjustments()), minorStops, run - minorStops - idealRunTime,
				ideal * (period.rejectCount() - period.startupRejectCount()), ideal * period.startupRejectCount());
		return new Oee(availability, performance, quality, availability * performance * quality, losses);
	}

	private static double ratio(double part, double whole) {
		return whole > 0 ? part / whole : 0.0;
	}

	private static double minutes(Duration duration) {
		return duration.toNanos() / 1e9 / SECONDS_PER_MINUTE;
	}

}
