package io.kaiwu.energy.carbon;

import java.math.BigDecimal;

import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import org.jspecify.annotations.Nullable;

/**
 * A standard-coal conversion coefficient (折标准煤系数) of GB/T 2589: kilograms of standard
 * coal (kgce, 29 307 kJ of net calorific value) per unit of an energy carrier.
 *
 * @param code its code, for example {@code electricity}
 * @param name its name
 * @param kgcePerUnit kgce per unit
 * @param perUnit the unit
 * @param basis 当量值 or 等价值
 * @param kind the meter kind it applies to, if any
 * @param standard the standard and annex
 * @param label how it was checked, and how it is derived
 * @param source where it was read
 */
public record CoalCoefficient(String code, String name, BigDecimal kgcePerUnit, MeteringUnit perUnit, Basis basis,
		@Nullable MeterKind kind, String standard, String label, String source) {

	private static final BigDecimal KG_PER_TONNE = new BigDecimal("1000");

	/** Whether a meter of this kind counting in this unit can use the coefficient. */
	public boolean fits(MeterKind meterKind, MeteringUnit meterUnit) {
		return meterKind == this.kind && meterKind.converts(meterUnit, this.perUnit);
	}

	/**
	 * Tonnes of standard coal (tce) of a quantity.
	 * @throws InvalidFactor when the meter's kind or unit does not fit the coefficient
	 */
	public BigDecimal tce(BigDecimal quantity, MeterKind meterKind, MeteringUnit meterUnit) {
		if (!fits(meterKind, meterUnit)) {
			throw new InvalidFactor(this.code, InvalidFactor.Reason.UNIT_NOT_OF_KIND,
					meterKind + " " + meterUnit.symbol() + " / kgce/" + this.perUnit.symbol());
		}
		return meterKind.convert(quantity, meterUnit, this.perUnit).multiply(this.kgcePerUnit).divide(KG_PER_TONNE);
	}

	/** Which energy a coefficient counts. */
	public enum Basis {

		/** 当量值: the energy the carrier itself contains. */
		CALORIFIC,

		/**
		 * 等价值: the primary energy spent to make it (for media such as water and
		 * compressed air).
		 */
		PRIMARY

	}

}
