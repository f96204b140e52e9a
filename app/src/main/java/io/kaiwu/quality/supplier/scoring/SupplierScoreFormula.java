package io.kaiwu.quality.supplier.scoring;

import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.SupplierQuality.Component;
import io.kaiwu.quality.SupplierQuality.Score;

/**
 * The supplier quality score (0–100), a weighted mean of four parts, each 0–100:
 * <ul>
 * <li>lot acceptance, weight 40: 100 × accepted lots / inspected lots;</li>
 * <li>PPM, weight 30: 100 × (1 − PPM / 10,000), at least 0 — 0 PPM scores 100, 1 %
 * rejected units or more scores 0;</li>
 * <li>NCRs, weight 20: 100 − 5 × (minor + 3 × major + 10 × critical), at least 0;</li>
 * <li>8D on time, weight 10: 100 × 8Ds closed by their due date / 8Ds due.</li>
 * </ul>
 * A part without data (no inspected lots, no 8D due) drops out and the others' weights
 * are scaled up to 100; NCRs always count (none scores 100) but only when the supplier
 * had inspections or NCRs at all, so a supplier with no data has no score.
 */
public final class SupplierScoreFormula {

	public static final int LOT_ACCEPTANCE_WEIGHT = 40;

	public static final int PPM_WEIGHT = 30;

	public static final int NCR_WEIGHT = 20;

	public static final int EIGHT_D_WEIGHT = 10;

	/** PPM at and above which the PPM part scores 0. */
	public static final double PPM_FOR_ZERO = 10_000;

	/** Points taken off the NCR part per weighted NCR. */
	public static final double POINTS_PER_NCR = 5;

	private SupplierScoreFormula() {
	}

	/**
	 * What the score is made of, counted over one period.
	 *
	 * @param lots receiving inspections
	 * @param acceptedLots accepted among them
	 * @param inspectedUnits units in their samples
	 * @param rejectedUnits nonconforming units found
	 * @param minorNcrs minor NCRs raised
	 * @param majorNcrs major NCRs raised
	 * @param criticalNcrs critical NCRs raised
	 * @param eightDsDue 8Ds that fell due or closed
	 * @param eightDsOnTime closed by their due date
	 */
	public record Inputs(int lots, int acceptedLots, long inspectedUnits, long rejectedUnits, int minorNcrs,
			int majorNcrs, int criticalNcrs, int eightDsDue, int eightDsOnTime) {
	}

	public static Score score(UUID supplierId, Inputs in) {
		Double ppm = (in.inspectedUnits() > 0) ? 1_000_000.0 * in.rejectedUnits() / in.inspectedUnits() : null;
		Double lotPoints = (in.lots() > 0) ? 100.0 * in.acceptedLots() / in.lots() : null;
		Double ppmPoints = (ppm != null) ? Math.max(0, 100.0 * (1 - ppm / PPM_FOR_ZERO)) : null;
		int ncrs = in.minorNcrs() + in.majorNcrs() + in.criticalNcrs();
		boolean anyData = in.lots() > 0 || ncrs > 0;
		Double ncrPoints = anyData
				? Math.max(0, 100 - POINTS_PER_NCR * (in.minorNcrs() + 3.0 * in.majorNcrs() + 10.0 * in.criticalNcrs()))
				: null;
		Double eightDPoints = (in.eightDsDue() > 0) ? 100.0 * in.eightDsOnTime() / in.eightDsDue() : null;
		List<Component> components = List.of(new Component("lot-acceptance", LOT_ACCEPTANCE_WEIGHT, lotPoints),
				new Component("ppm", PPM_WEIGHT, ppmPoints), new Component("ncr", NCR_WEIGHT, ncrPoints),
				new Component("eight-d-on-time", EIGHT_D_WEIGHT, eightDPoints));
		double weighted = 0;
		int weights = 0;
		for (Component c : components) {
			if (c.points() != null) {
				weighted += c.weight() * c.points();
				weights += c.weight();
			}
		}
		Double score = (weights > 0) ? weighted / weights : null;
		return new Score(supplierId, score, in.lots(), in.acceptedLots(), in.inspectedUnits(), in.rejectedUnits(), ppm,
				in.minorNcrs(), in.majorNcrs(), in.criticalNcrs(), in.eightDsDue(), in.eightDsOnTime(), components);
	}

}
