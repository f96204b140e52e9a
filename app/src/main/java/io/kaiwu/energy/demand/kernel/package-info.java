/**
 * The demand kernel, plain Java: quarter-hour demand (kWh × 4) from a counter's
 * consumption intervals, the peak, and meters added quarter by quarter.
 */
@NullMarked
package io.kaiwu.energy.demand.kernel;

import org.jspecify.annotations.NullMarked;
