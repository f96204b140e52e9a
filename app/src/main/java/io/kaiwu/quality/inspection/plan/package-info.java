/**
 * Inspection plans (检验计划): per item, operation and kind, the characteristics to inspect
 * with their spec limits or defect types, sample size, frequency, method and gauge.
 * Implements {@link io.kaiwu.quality.inspection.CharacteristicSpecs}.
 */
@NullMarked
package io.kaiwu.quality.inspection.plan;

import org.jspecify.annotations.NullMarked;
