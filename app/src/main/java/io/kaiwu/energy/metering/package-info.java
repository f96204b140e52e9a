/**
 * Metering in plain Java: meter kinds and their units, consumption intervals from
 * cumulative counter readings (rollover, resets, readings going backwards, gaps) and
 * virtual meters as sums and differences of other meters.
 */
@NullMarked
package io.kaiwu.energy.metering;

import org.jspecify.annotations.NullMarked;
