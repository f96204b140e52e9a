package io.kaiwu.quality.charting.web;

import org.jspecify.annotations.Nullable;

/**
 * What the chart page shows in text (Thymeleaf reads public records only).
 *
 * @param characteristicId the characteristic
 * @param code its code
 * @param name its name
 * @param unit unit of its values
 * @param chartType the chart
 * @param ruleFamily the run rules
 * @param subgroups subgroups recorded
 * @param limitsFrozen whether limits are in force
 * @param more subgroups still needed for phase I limits (0 when enough)
 * @param needed subgroups phase I needs
 * @param capability the capability figures, or null
 * @param capabilityProblem why there are none, or null
 * @param canEdit whether the reader may freeze limits
 */
public record ChartPage(String characteristicId, String code, String name, @Nullable String unit, String chartType,
		String ruleFamily, long subgroups, boolean limitsFrozen, long more, int needed,
		@Nullable CapabilityFigures capability, @Nullable String capabilityProblem, boolean canEdit) {

	/**
	 * Capability indices with their confidence intervals, formatted.
	 *
	 * @param n values studied
	 * @param cp Cp with interval, or "—" for one-sided specs
	 * @param cpk Cpk with interval
	 * @param cpm Cpm, or "—"
	 * @param pp Pp with interval, or "—"
	 * @param ppk Ppk with interval
	 * @param sigmaWithin σ̂ within
	 * @param sigmaOverall overall s
	 * @param normality the Anderson–Darling p-value, or "—"
	 * @param confidence the interval's level in percent
	 */
	public record CapabilityFigures(int n, String cp, String cpk, String cpm, String pp, String ppk, String sigmaWithin,
			String sigmaOverall, String normality, String confidence) {
	}

}
