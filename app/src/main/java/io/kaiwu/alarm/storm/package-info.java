/**
 * Storm control, plain Java: how many new alarms each originator raised in a sliding
 * window, and which originators are in a storm (more than allowed) or calm again.
 */
@NullMarked
package io.kaiwu.alarm.storm;

import org.jspecify.annotations.NullMarked;
