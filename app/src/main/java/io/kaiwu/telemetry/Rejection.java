package io.kaiwu.telemetry;

/**
 * Input that was not stored, and why; kept in the dead-letter list.
 *
 * @param what the property, or {@code payload} when the whole message was unusable.
 * @param reason why, in words an integrator can act on.
 */
public record Rejection(String what, String reason) {
}
