package io.kaiwu.energy.intensity.kernel;

import java.math.BigDecimal;

import io.kaiwu.energy.carbon.CoalCoefficient;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import org.jspecify.annotations.Nullable;

/**
 * What a node used of one energy carrier in a period.
 *
 * @param kind the carrier
 * @param unit the unit of the quantity
 * @param quantity the known hours' sum; {@literal null} when no hour is known
 * @param missingHours hours of the period not known
 * @param coefficient its GB/T 2589 coefficient; {@literal null} when none fits the unit
 */
public record Carrier(MeterKind kind, MeteringUnit unit, @Nullable BigDecimal quantity, int missingHours,
		@Nullable CoalCoefficient coefficient) {

	/** The quantity, known only when every hour is. */
	public Figure amount() {
		if (this.missingHours > 0 || this.quantity == null) {
			return Figure.missing(Gap.CONSUMPTION_INCOMPLETE, this.kind + " " + this.missingHours + " h");
		}
		return Figure.known(this.quantity);
	}

}
