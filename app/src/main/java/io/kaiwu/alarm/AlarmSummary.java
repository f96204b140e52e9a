package io.kaiwu.alarm;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An alarm as other modules read it (the equipment board, maintenance orders made from an
 * alarm).
 *
 * @param id the alarm
 * @param originator what it is about
 * @param ruleId the rule that raised it; {@literal null} when a module raised it
 * @param severity how urgent
 * @param state its ISA-18.2 state
 * @param message the text in both languages
 * @param raisedAt when the condition became abnormal
 * @param shelved whether an operator has shelved it at the moment of reading
 */
public record AlarmSummary(UUID id, Originator originator, @Nullable UUID ruleId, Severity severity, AlarmState state,
		AlarmMessage message, Instant raisedAt, boolean shelved) {
}
