package io.kaiwu.energy.intensity.kernel;

/** Why a figure is missing. */
public enum Gap {

	/** Hours of consumption are not known in the period (a gap, or not read yet). */
	CONSUMPTION_INCOMPLETE,

	/** No meter measures the node or machine. */
	NO_METER,

	/**
	 * A carrier has no standard-coal coefficient (gas counted at working conditions).
	 */
	NO_COEFFICIENT,

	/** An emitting carrier has no emission factor fitting its unit. */
	NO_EMISSION_FACTOR,

	/** No good part was made (or counted) in the period. */
	NO_OUTPUT,

	/** No output value was entered for the site and month. */
	NO_OUTPUT_VALUE,

	/**
	 * Output value is entered per site and month: not for days or for parts of a site.
	 */
	OUTPUT_VALUE_PER_SITE_AND_MONTH

}
