package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a meter counted between two readings [start, end).
 *
 * @param start the earlier reading's time
 * @param end the later reading's time
 * @param status how the consumption was found
 * @param consumption in the meter's unit; {@literal null} when
 * {@link IntervalStatus#MISSING}
 * @param acrossGap for a missing interval, the counter's increase over the whole gap when
 * it can be told (the total is known, when it was used is not); never spread over the gap
 */
public record ConsumptionInterval(Instant start, Instant end, IntervalStatus status, @Nullable BigDecimal consumption,
		@Nullable BigDecimal acrossGap) {

	static ConsumptionInterval counted(Instant start, Instant end, IntervalStatus status, BigDecimal consumption) {
		return new ConsumptionInterval(start, end, status, consumption, null);
	}

	static ConsumptionInterval missing(Instant start, Instant end, @Nullable BigDecimal acrossGap) {
		return new ConsumptionInterval(start, end, IntervalStatus.MISSING, null, acrossGap);
	}

	public boolean isMissing() {
		return this.status == IntervalStatus.MISSING;
	}

	/** The consumption, empty when missing. */
	public Optional<BigDecimal> measured() {
		return Optional.ofNullable(this.consumption);
	}

	public Duration length() {
		return Duration.between(this.start, this.end);
	}

}
