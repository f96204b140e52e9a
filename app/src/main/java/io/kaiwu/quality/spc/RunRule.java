package io.kaiwu.quality.spc;

/**
 * The patterns a run rule (判异准则) looks for. Their numbers differ between the Western
 * Electric handbook (1956) and Nelson (J. Quality Technology, 1984): see {@link RuleSet}.
 */
public enum RunRule {

	/** One point beyond a control limit (3σ). */
	BEYOND_LIMITS,

	/** Two of three points in a row beyond 2σ on the same side. */
	TWO_OF_THREE_BEYOND_TWO_SIGMA,

	/** Four of five points in a row beyond 1σ on the same side. */
	FOUR_OF_FIVE_BEYOND_ONE_SIGMA,

	/** A run of points on the same side of the centre line (8 for WE, 9 for Nelson). */
	SAME_SIDE_RUN,

	/** Points in a row steadily increasing or decreasing (6). */
	TREND,

	/** Points in a row alternating up and down (14). */
	ALTERNATING,

	/** Points in a row within 1σ of the centre line, either side (15): stratification. */
	STRATIFICATION,

	/** Points in a row beyond 1σ, on both sides, none within (8): a mixture. */
	MIXTURE

}
