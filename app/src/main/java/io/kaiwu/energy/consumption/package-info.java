/**
 * Consumption by the hour from live telemetry: {@link ConsumptionTracking} turns each
 * physical meter's counter readings into stored hours, and {@link ReadingConsumption}
 * adds them up by hour, day or month for a meter or a node of the enterprise structure,
 * with tce, CO₂ and cost under the site's tariff.
 */
@NullMarked
package io.kaiwu.energy.consumption;

import org.jspecify.annotations.NullMarked;
