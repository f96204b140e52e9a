package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A meter's consumption in one clock hour.
 *
 * @param start the hour's start
 * @param quantity in the meter's unit; {@literal null} when {@link HourStatus#MISSING}
 * @param status how it was found
 * @param reason for a flagged hour, the reading set aside and why (e.g.
 * {@code WENT_BACKWARDS 4990 < 5010}); for a missing hour, why it is missing
 */
public record MeterHour(Instant start, @Nullable BigDecimal quantity, HourStatus status, @Nullable String reason) {

	public MeterHour {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(status, "status");
		if ((quantity == null) != (status == HourStatus.MISSING)) {
			throw new IllegalArgumentException("an hour has a quantity exactly when it is not missing");
		}
	}

	public boolean isMissing() {
		return this.status == HourStatus.MISSING;
	}

}
