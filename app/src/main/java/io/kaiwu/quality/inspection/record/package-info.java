/**
 * Inspection records (检验记录): subgroups of measured values or counted defects taken on a
 * plan's characteristics, by hand or from telemetry, each published as
 * {@link io.kaiwu.quality.inspection.SubgroupRecorded}; a lot verdict completes a record
 * and publishes {@link io.kaiwu.quality.inspection.InspectionCompleted}. Implements
 * {@link io.kaiwu.quality.inspection.LotInspections}.
 */
@NullMarked
package io.kaiwu.quality.inspection.record;

import org.jspecify.annotations.NullMarked;
