/**
 * Automatic inspection from telemetry (自动检验): a mapping sends one thing-model property of
 * one device to a variable characteristic; consecutive values are grouped into subgroups
 * of the characteristic's sample size and recorded like any other subgroup. Listens to
 * {@link io.kaiwu.telemetry.MeasurementsStored} on a worker thread of its own and reads
 * the values from the telemetry store, so a dropped batch or a restart loses nothing.
 */
@NullMarked
package io.kaiwu.quality.inspection.telemetry;

import org.jspecify.annotations.NullMarked;
