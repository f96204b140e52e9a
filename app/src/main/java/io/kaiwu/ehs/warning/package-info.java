/**
 * The grading kernel, plain Java: a monitored point's legal limit and graded thresholds 蓝
 * / 黄 / 橙 / 红, the grade of a value, and the exceedance tracker that opens, follows the
 * worst grade, records peak and duration, and closes with a deadband.
 */
@NullMarked
package io.kaiwu.ehs.warning;

import org.jspecify.annotations.NullMarked;
