package io.kaiwu.health.kernel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the health monitor says after a sample.
 *
 * @param at the sample's time
 * @param phase learning, normal or degrading
 * @param healthIndex 100 = as learnt, 0 = at the failure threshold (健康指数)
 * @param vibrationExcess smoothed vibration over the baseline, mm/s
 * @param temperatureExcess steady-running temperature over the baseline, °C;
 * {@literal NaN} while not known
 * @param prognosis the remaining-useful-life estimate; {@literal null} while there is no
 * significant trend
 * @param warnedAt when the monitor first warned of a coming failure; {@literal null}: not
 * (yet)
 */
public record Assessment(Instant at, Phase phase, double healthIndex, double vibrationExcess, double temperatureExcess,
		@Nullable Prognosis prognosis, @Nullable Instant warnedAt) {

	/** Whether this very sample gave the warning. */
	public boolean warnsNow() {
		return this.at.equals(this.warnedAt);
	}

}
