package io.kaiwu.equipment.oee;

import java.time.Duration;

/**
 * What happened on one machine during a period, as OEE needs it.
 *
 * @param plannedProductionTime the time the machine was meant to produce (shift length
 * minus planned stops such as breaks and planned maintenance)
 * @param equipmentFailure unplanned stop time through breakdowns (an availability loss)
 * @param setupAndAdjustments stop time for changeovers, setups and adjustments (an
 * availability loss)
 * @param minorStops short stops and idling counted inside run time (a performance loss)
 * @param idealCycleTime the fastest possible time for one part
 * @param totalCount all parts made, good and rejected
 * @param rejectCount parts that were not right first time, start-up rejects included
 * @param startupRejectCount the part of {@code rejectCount} made while the process
 * settled after a start (reduced yield)
 */
public record ProductionPeriod(Duration plannedProductionTime, Duration equipmentFailure, Duration setupAndAdjustments,
		Duration minorStops, Duration idealCycleTime, long totalCount, long rejectCount, long startupRejectCount) {

	public ProductionPeriod {
		requireNotNegative("plannedProductionTime", plannedProductionTime);
		requireNotNegative("equipmentFailure", equipmentFailure);
		requireNotNegative("setupAndAdjustments", setupAndAdjustments);
		requireNotNegative("minorStops", minorStops);
		requireNotNegative("idealCycleTime", idealCycleTime);
		if (equipmentFailure.plus(setupAndAdjustments).compareTo(plannedProductionTime) > 0) {
			throw new IllegalArgumentException(
					"equipmentFailure + setupAndAdjustments must not exceed plannedProductionTime");
		}
		if (minorStops.compareTo(plannedProductionTime.minus(equipmentFailure).minus(setupAndAdjustments)) > 0) {
			throw new IllegalArgumentException("minorStops must not exceed the run time");
		}
		if (totalCount < 0 || rejectCount < 0 || startupRejectCount < 0) {
			throw new IllegalArgumentException("part counts must not be negative");
		}
		if (rejectCount > totalCount) {
			throw new IllegalArgumentException("rejectCount must not exceed totalCount");
		}
		if (startupRejectCount > rejectCount) {
			throw new IllegalArgumentException("startupRejectCount is part of rejectCount and must not exceed it");
		}
	}

	/** A period with only breakdown stop time and no start-up rejects broken out. */
	public static ProductionPeriod of(Duration plannedProductionTime, Duration downtime, Duration idealCycleTime,
			long totalCount, long rejectCount) {
		return new ProductionPeriod(plannedProductionTime, downtime, Duration.ZERO, Duration.ZERO, idealCycleTime,
				totalCount, rejectCount, 0);
	}

	/** Planned production time minus the availability losses. */
	public Duration runTime() {
		return plannedProductionTime.minus(equipmentFailure).minus(setupAndAdjustments);
	}

	public long goodCount() {
		return totalCount - rejectCount;
	}

	private static void requireNotNegative(String name, Duration value) {
		if (value == null || value.isNegative()) {
			throw new IllegalArgumentException(name + " must be a duration of zero or more");
		}
	}

}
