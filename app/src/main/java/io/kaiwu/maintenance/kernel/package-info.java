/**
 * Maintenance calculations in plain Java: when a plan is due (by calendar, by running
 * hours, by part count) and MTBF / MTTR over a period.
 */
@NullMarked
package io.kaiwu.maintenance.kernel;

import org.jspecify.annotations.NullMarked;
