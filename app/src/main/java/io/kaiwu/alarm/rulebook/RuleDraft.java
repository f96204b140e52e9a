package io.kaiwu.alarm.rulebook;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rule as a user writes it, not yet checked. Which fields a kind needs: THRESHOLD
 * {@code comparison}, {@code limit}; RANGE {@code low}, {@code high}; RATE_OF_CHANGE
 * {@code perMinute}; SUSTAINED {@code comparison}, {@code limit}, {@code duration};
 * NO_DATA {@code duration}; EXPRESSION {@code expression} (over several properties,
 * {@code property} is then not needed) and optionally {@code clearExpression}.
 * {@code deadband} is optional (0); {@code escalateAfter} is optional (never escalate).
 */
public record RuleDraft(@Nullable String name, @Nullable UUID deviceTypeId, @Nullable UUID deviceId,
		@Nullable String property, @Nullable String kind, @Nullable String comparison, @Nullable Double limit,
		@Nullable Double low, @Nullable Double high, @Nullable Double perMinute, @Nullable Double deadband,
		@Nullable Duration duration, @Nullable String severity, @Nullable String messageZh, @Nullable String messageEn,
		@Nullable Boolean enabled, @Nullable Duration escalateAfter, @Nullable String expression,
		@Nullable String clearExpression) {
}
