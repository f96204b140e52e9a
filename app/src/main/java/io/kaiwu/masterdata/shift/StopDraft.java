package io.kaiwu.masterdata.shift;

import java.time.Instant;

/**
 * A planned stop as a user gives it, not yet checked.
 *
 * @param start must not be {@literal null}.
 * @param end must be after {@code start}.
 * @param reason why the site stops.
 */
public record StopDraft(Instant start, Instant end, String reason) {
}
