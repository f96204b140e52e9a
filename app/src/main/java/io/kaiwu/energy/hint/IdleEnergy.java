package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The energy a machine's own meter counted while the machine stood.
 *
 * @param kWh the energy drawn while standing
 * @param standing how long it stood while its meter was counting
 * @param observed how long its meter was counting at all (gaps are not observed)
 * @param parts the standing part of each counted interval, to price and to chart
 */
public record IdleEnergy(BigDecimal kWh, Duration standing, Duration observed, List<Part> parts) {

	public IdleEnergy {
		parts = List.copyOf(parts);
	}

	/**
	 * What a counted interval drew while the machine stood.
	 *
	 * @param start where the standing part of the interval begins
	 * @param end where it ends
	 * @param kWh the interval's consumption in proportion to the time
	 */
	public record Part(Instant start, Instant end, BigDecimal kWh) {
	}

}
