package io.kaiwu.quality.charting;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.quality.spc.ChartSeries;
import io.kaiwu.quality.spc.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A run-rule violation as the chart keeps it.
 *
 * @param id the violation
 * @param subgroupId the subgroup whose point completed the pattern
 * @param limitsId the limits it was judged against
 * @param statistic the series it was found on
 * @param violation rule, number, side and plotted value
 * @param alarmId the quality alarm raised for it
 * @param detectedAt when it was found
 */
record StoredViolation(UUID id, UUID subgroupId, UUID limitsId, ChartSeries.Statistic statistic, Violation violation,
		@Nullable UUID alarmId, Instant detectedAt) {
}
