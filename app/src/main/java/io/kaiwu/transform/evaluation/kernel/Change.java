package io.kaiwu.transform.evaluation.kernel;

/**
 * How a KPI moved from its baseline to now.
 *
 * @param baseline the value at the baseline.
 * @param current the value now.
 * @param difference current − baseline, in the KPI's unit.
 * @param relative the difference as a share of the baseline's magnitude, or NaN when the
 * baseline is zero.
 * @param improved whether it moved the KPI's good way; a value that did not move has not
 * improved.
 */
public record Change(double baseline, double current, double difference, double relative, boolean improved) {

	/** The change of a KPI from its baseline to its current value. */
	public static Change of(Kpi kpi, double baseline, double current) {
		double difference = current - baseline;
		double relative = (baseline == 0) ? Double.NaN : difference / Math.abs(baseline);
		boolean improved = (kpi.direction() == Direction.HIGHER_IS_BETTER) ? difference > 0 : difference < 0;
		return new Change(baseline, current, difference, relative, improved);
	}

}
