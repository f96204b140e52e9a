package io.kaiwu.equipment.signals;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A signal mapping as a user enters it; checked by {@link SignalChecks}.
 *
 * @param stateProperty the property that gives the state
 * @param stateKind {@code BY_VALUE} (a table of values) or {@code ABOVE_LIMIT} (a number
 * compared with {@code limit})
 * @param stateValues for {@code BY_VALUE}: signal value → state
 * @param limit for {@code ABOVE_LIMIT}: the limit
 * @param above for {@code ABOVE_LIMIT}: the state above the limit
 * @param otherwise the state for any other value (or at or below the limit)
 * @param goodCounter property of the good part counter; optional
 * @param rejectCounter property of the reject counter; optional
 * @param minorStopThreshold ISO-8601 duration, e.g. {@code PT2M}; optional
 */
public record SignalDraft(@Nullable String stateProperty, @Nullable String stateKind,
		@Nullable Map<String, String> stateValues, @Nullable Double limit, @Nullable String above,
		@Nullable String otherwise, @Nullable String goodCounter, @Nullable String rejectCounter,
		@Nullable String minorStopThreshold) {
}
