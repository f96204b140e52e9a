package io.kaiwu.health.profile;

import org.jspecify.annotations.Nullable;

/**
 * A health profile as a client sends it: property identifiers of the machine's device.
 *
 * @param vibration vibration velocity RMS, mm/s (required)
 * @param temperature temperature, °C (optional)
 * @param load spindle load, % (required)
 */
public record ProfileDraft(@Nullable String vibration, @Nullable String temperature, @Nullable String load) {
}
