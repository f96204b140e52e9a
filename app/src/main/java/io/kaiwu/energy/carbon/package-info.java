/**
 * Standard coal and carbon in plain Java: GB/T 2589 conversion coefficients (tce) and CO₂
 * emission factors with their year and source, read from {@code energy/*.csv}; each
 * refuses a unit that does not fit the meter, and emissions are kept apart by scope
 * (scope 1: fuels burned on site; scope 2: purchased electricity, heat and steam).
 */
@NullMarked
package io.kaiwu.energy.carbon;

import org.jspecify.annotations.NullMarked;
