package io.kaiwu.energy.demand.kernel;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One quarter hour of a meter's or a node's load.
 *
 * @param start the quarter hour's start
 * @param kWh the energy counted in it; {@literal null} when not known
 * @param kW the average power over it, kWh × 4 (the demand a bill's 最大需量 is read from);
 * {@literal null} when not known, never zero for a gap
 */
public record DemandWindow(Instant start, @Nullable BigDecimal kWh, @Nullable BigDecimal kW) {

	public boolean isMissing() {
		return this.kW == null;
	}

}
