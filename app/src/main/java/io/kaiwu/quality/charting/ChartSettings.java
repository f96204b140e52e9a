package io.kaiwu.quality.charting;

import io.kaiwu.quality.spc.ChartType;
import io.kaiwu.quality.spc.RuleSet;

/**
 * How a characteristic is charted: which chart and which run rules.
 *
 * @param type the chart
 * @param rules the run rules with their run lengths
 */
public record ChartSettings(ChartType type, RuleSet rules) {
}
