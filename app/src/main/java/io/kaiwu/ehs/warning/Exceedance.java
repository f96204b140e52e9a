package io.kaiwu.ehs.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One exceedance (超标/预警 episode) of a monitored point: from the first value at or above
 * the 蓝 threshold to the first value back under it by the deadband.
 *
 * @param startedAt the first value's time.
 * @param endedAt the time of the value that ended it; {@literal null} while open.
 * @param worst the worst grade reached.
 * @param peak the highest value.
 * @param peakAt when the peak was measured.
 */
public record Exceedance(Instant startedAt, @Nullable Instant endedAt, WarningGrade worst, double peak,
		Instant peakAt) {

	public Exceedance {
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(worst, "worst");
		Objects.requireNonNull(peakAt, "peakAt");
	}

	public boolean open() {
		return this.endedAt == null;
	}

	/** How long it lasted; up to {@code now} while open. */
	public Duration duration(Instant now) {
		return Duration.between(this.startedAt, (this.endedAt != null) ? this.endedAt : now);
	}

}
