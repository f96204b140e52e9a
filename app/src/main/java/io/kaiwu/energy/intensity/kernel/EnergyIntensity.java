package io.kaiwu.energy.intensity.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;

/**
 * Comprehensive energy and electricity of a period from what each carrier used, and the
 * intensity figures that divide them by output.
 */
public final class EnergyIntensity {

	/** Decimals of a ratio. */
	public static final int RATIO_SCALE = 6;

	private EnergyIntensity() {
	}

	/**
	 * 综合能耗: the carriers' tce added up. Missing when no carrier is metered, when a
	 * carrier has hours missing, or when one has no coefficient (it cannot be left out
	 * without understating the total).
	 */
	public static Figure comprehensiveTce(List<Carrier> carriers) {
		if (carriers.isEmpty()) {
			return Figure.missing(Gap.NO_METER, "");
		}
		BigDecimal total = BigDecimal.ZERO;
		for (Carrier c : carriers) {
			Figure amount = c.amount();
			if (!amount.isKnown()) {
				return amount;
			}
			if (c.coefficient() == null) {
				return Figure.missing(Gap.NO_COEFFICIENT, c.kind() + " " + c.unit().symbol());
			}
			total = total.add(c.coefficient().tce(amount.value(), c.kind(), c.unit()));
		}
		return Figure.known(total.setScale(RATIO_SCALE, RoundingMode.HALF_UP));
	}

	/** The electricity in kWh; missing when none is metered or hours are missing. */
	public static Figure kWh(List<Carrier> carriers) {
		BigDecimal total = null;
		for (Carrier c : carriers) {
			if (c.kind() != MeterKind.ELECTRICITY) {
				continue;
			}
			Figure amount = c.amount();
			if (!amount.isKnown()) {
				return amount;
			}
			BigDecimal kWh = c.kind().convert(amount.value(), c.unit(), MeteringUnit.KWH);
			total = (total != null) ? total.add(kWh) : kWh;
		}
		return (total != null) ? Figure.known(total) : Figure.missing(Gap.NO_METER, MeterKind.ELECTRICITY.name());
	}

	/** kWh (or tonnes of CO₂) per good part. */
	public static Figure perGoodPart(Figure amount, Figure goodParts) {
		return amount.per(goodParts, Gap.NO_OUTPUT, RATIO_SCALE);
	}

	/** tce or kWh per 万元 of output value. */
	public static Figure perOutputValue(Figure energy, Figure outputValueWan) {
		return energy.per(outputValueWan, Gap.NO_OUTPUT_VALUE, RATIO_SCALE);
	}

}
