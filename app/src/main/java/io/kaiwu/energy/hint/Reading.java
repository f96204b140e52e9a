package io.kaiwu.energy.hint;

import java.time.Instant;

/**
 * One reading of a device property.
 *
 * @param at when it was read
 * @param value what it showed
 */
public record Reading(Instant at, double value) {
}
