package io.kaiwu.energy.hint;

import java.time.Instant;

/**
 * A machine began to stand (idle, stopped by a failure or a planned stop) or to work
 * (running, setting up).
 *
 * @param at when
 * @param standing whether it stands from then on
 */
public record StateChange(Instant at, boolean standing) {
}
