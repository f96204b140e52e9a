/**
 * Alarm statistics, plain Java: counts by originator, rule, severity and day, and the
 * mean times to acknowledge (MTTA) and to clear (MTTR), computed from the alarms' own
 * stamps.
 */
@NullMarked
package io.kaiwu.alarm.statistics;

import org.jspecify.annotations.NullMarked;
