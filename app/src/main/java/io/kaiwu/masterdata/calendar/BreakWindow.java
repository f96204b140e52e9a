package io.kaiwu.masterdata.calendar;

import java.time.LocalTime;

/**
 * A break inside a shift, as wall-clock times; a break of a night shift may cross
 * midnight (23:30–00:30).
 *
 * @param start must not be {@literal null}.
 * @param end must not be {@literal null}.
 */
public record BreakWindow(LocalTime start, LocalTime end) {
}
