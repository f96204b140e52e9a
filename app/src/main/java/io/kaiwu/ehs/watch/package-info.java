/**
 * Live grading of monitored points: the worker, the exceedance records and the graded
 * alarms.
 */
@NullMarked
package io.kaiwu.ehs.watch;

import org.jspecify.annotations.NullMarked;
