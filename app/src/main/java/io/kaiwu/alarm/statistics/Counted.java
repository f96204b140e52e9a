package io.kaiwu.alarm.statistics;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import org.jspecify.annotations.Nullable;

/**
 * One alarm as the statistics see it: what it was about, which rule raised it, and its
 * stamps.
 *
 * @param originator what it was about.
 * @param ruleId the rule that raised it; {@literal null} for a module's or a storm alarm.
 * @param severity its severity.
 * @param raisedAt when it was raised.
 * @param acknowledgedAt when it was acknowledged; {@literal null}: not (yet).
 * @param clearedAt when it cleared; {@literal null}: not (yet).
 */
public record Counted(Originator originator, @Nullable UUID ruleId, Severity severity, Instant raisedAt,
		@Nullable Instant acknowledgedAt, @Nullable Instant clearedAt) {
}
