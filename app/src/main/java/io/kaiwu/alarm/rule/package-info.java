/**
 * Alarm rules and how one rule judges the values of one originator, plain Java: the
 * conditions (threshold, range, rate of change, sustained, no data) with their deadband,
 * the per-(rule, originator) track, and the message templates.
 */
@NullMarked
package io.kaiwu.alarm.rule;

import org.jspecify.annotations.NullMarked;
