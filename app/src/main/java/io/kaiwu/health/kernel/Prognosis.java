package io.kaiwu.health.kernel;

import java.time.Duration;
import java.time.Instant;

/**
 * A remaining-useful-life (剩余寿命 RUL) estimate: when the degradation trend reaches the
 * failure threshold, with a band of about 90 %.
 *
 * @param at when the estimate was made
 * @param failureAt the most likely failure time
 * @param earliest the early end of the band
 * @param latest the late end of the band
 */
public record Prognosis(Instant at, Instant failureAt, Instant earliest, Instant latest) {

	public Prognosis {
		if (earliest.isAfter(failureAt) || failureAt.isAfter(latest)) {
			throw new IllegalArgumentException("the band must hold the failure time");
		}
	}

	/** The remaining useful life: from the estimate to the most likely failure. */
	public Duration remainingLife() {
		return positive(Duration.between(this.at, this.failureAt));
	}

	/** The remaining life to the early end of the band. */
	public Duration remainingLifeAtWorst() {
		return positive(Duration.between(this.at, this.earliest));
	}

	private static Duration positive(Duration d) {
		return d.isNegative() ? Duration.ZERO : d;
	}

}
