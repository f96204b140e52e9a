/** REST endpoints and pages of alarms and alarm rules. */
@NullMarked
package io.kaiwu.alarm.web;

import org.jspecify.annotations.NullMarked;
