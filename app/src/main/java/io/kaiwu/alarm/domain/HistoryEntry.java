package io.kaiwu.alarm.domain;

import io.kaiwu.alarm.AlarmState;

/**
 * One step in an alarm's life.
 *
 * @param action what happened.
 * @param stamp who and when.
 * @param state the state afterwards.
 */
public record HistoryEntry(AlarmAction action, Stamp stamp, AlarmState state) {
}
