/**
 * Baseline against actual (基准对比): what a meter or a node would have used in a period by
 * the profile of a reference period, hour of the week by hour of the week, and what was
 * saved against it in kWh (or the meter's unit), money and tce.
 */
@NullMarked
package io.kaiwu.energy.baseline;

import org.jspecify.annotations.NullMarked;
