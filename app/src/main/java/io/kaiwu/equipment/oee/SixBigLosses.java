package io.kaiwu.equipment.oee;

/**
 * The six big losses (六大损失) in minutes of lost production time. Together they are the gap
 * between planned production time and fully productive time (ideal cycle time × good
 * parts).
 *
 * @param equipmentFailure breakdowns (availability)
 * @param setupAndAdjustments changeovers and adjustments (availability)
 * @param idlingAndMinorStops short stops inside run time (performance)
 * @param reducedSpeed running slower than the ideal cycle time (performance); negative
 * when the ideal cycle time is set slower than the machine really runs
 * @param processDefects rejects in steady production, at ideal cycle time (quality)
 * @param reducedYield start-up rejects, at ideal cycle time (quality)
 */
public record SixBigLosses(double equipmentFailure, double setupAndAdjustments, double idlingAndMinorStops,
		double reducedSpeed, double processDefects, double reducedYield) {

	public double total() {
		return equipmentFailure + setupAndAdjustments + idlingAndMinorStops + reducedSpeed + processDefects
				+ reducedYield;
	}

}
