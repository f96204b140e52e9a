package io.kaiwu.equipment.oee;

import java.util.List;

/**
 * OEE of several machines together (a line, a workshop): time-weighted, as if they were
 * one machine. Availability is total run time over total planned production time,
 * performance total ideal run time over total run time, quality the ideal time of the
 * good parts over the ideal time of all parts (parts of a slow machine weigh more), so
 * that availability × performance × quality is the fully productive time over the planned
 * production time of all machines together. The six big losses are added up.
 */
public final class CombinedOee {

	private static final double SECONDS_PER_MINUTE = 60.0;

	private CombinedOee() {
	}

	/**
	 * @param periods each machine's period
	 * @return the combined figures; ratios without a basis are 0 as in {@link Oee}
	 */
	public static Oee of(List<ProductionPeriod> periods) {
		double planned = 0;
		double run = 0;
		double idealRun = 0;
		double idealGood = 0;
		double[] losses = new double[6];
		for (ProductionPeriod period : periods) {
			planned += period.plannedProductionTime().toNanos() / 1e9 / SECONDS_PER_MINUTE;
			run += period.runTime().toNanos() / 1e9 / SECONDS_PER_MINUTE;
			double ideal = period.idealCycleTime().toNanos() / 1e9 / SECONDS_PER_MINUTE;
			idealRun += ideal * period.totalCount();
			idealGood += ideal * period.goodCount();
			SixBigLosses l = Oee.of(period).losses();
			losses[0] += l.equipmentFailure();
			losses[1] += l.setupAndAdjustments();
			losses[2] += l.idlingAndMinorStops();
			losses[3] += l.reducedSpeed();
			losses[4] += l.processDefects();
			losses[5] += l.reducedYield();
		}
		double availability = (planned > 0) ? run / planned : 0;
		double performance = (run > 0) ? idealRun / run : 0;
		double quality = (idealRun > 0) ? idealGood / idealRun : 0;
		return new Oee(availability, performance, quality, availability * performance * quality,
				new SixBigLosses(losses[0], losses[1], losses[2], losses[3], losses[4], losses[5]));
	}

}
