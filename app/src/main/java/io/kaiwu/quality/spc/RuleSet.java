package io.kaiwu.quality.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * Which run rules a chart applies, with their run lengths. Western Electric's four zone
 * tests judge a run of 8 on one side; Nelson's eight tests (also Minitab's) judge a run
 * of 9. The other lengths are Nelson's: a trend of 6, alternation of 14, stratification
 * of 15, a mixture of 8.
 *
 * @param family Western Electric or Nelson
 * @param sameSideRun points in a row on one side of the centre line
 * @param trendRun points in a row steadily rising or falling (Nelson only)
 * @param alternatingRun points in a row alternating up and down (Nelson only)
 * @param stratificationRun points in a row within 1σ (Nelson only)
 * @param mixtureRun points in a row beyond 1σ on both sides (Nelson only)
 */
public record RuleSet(Family family, int sameSideRun, int trendRun, int alternatingRun, int stratificationRun,
		int mixtureRun) {

	public RuleSet {
		requireAtLeast("sameSideRun", sameSideRun, 2);
		requireAtLeast("trendRun", trendRun, 3);
		requireAtLeast("alternatingRun", alternatingRun, 3);
		requireAtLeast("stratificationRun", stratificationRun, 2);
		requireAtLeast("mixtureRun", mixtureRun, 2);
	}

	/**
	 * @return the four Western Electric zone tests, with a same-side run of 8
	 */
	public static RuleSet westernElectric() {
		return new RuleSet(Family.WESTERN_ELECTRIC, 8, 6, 14, 15, 8);
	}

	/**
	 * @return Nelson's eight tests with his run lengths (9, 6, 14, 15, 8)
	 */
	public static RuleSet nelson() {
		return new RuleSet(Family.NELSON, 9, 6, 14, 15, 8);
	}

	/**
	 * The rules in the order of their numbers.
	 * @return rule number i at index i − 1
	 */
	public List<RunRule> rules() {
		return this.family.rules;
	}

	/**
	 * @param rule a rule of this set
	 * @return its number in this set
	 */
	public int numberOf(RunRule rule) {
		return this.family.rules.indexOf(rule) + 1;
	}

	/**
	 * The rules applied to a moving-range chart: as Nelson advises, only those among his
	 * tests 1–4 (beyond limits, same-side run, trend, alternation); the zone tests assume
	 * a symmetric, normal statistic, which a moving range is not.
	 * @return the rules for a moving-range series
	 */
	public List<RunRule> movingRangeRules() {
		List<RunRule> rules = new ArrayList<>();
		for (RunRule rule : rules()) {
			if (Family.NELSON.rules.indexOf(rule) < 4) {
				rules.add(rule);
			}
		}
		return rules;
	}

	private static void requireAtLeast(String name, int value, int least) {
		if (value < least) {
			throw new IllegalArgumentException(name + " must be at least " + least + ", not " + value);
		}
	}

	/** The published rule sets. */
	public enum Family {

		/** Western Electric Statistical Quality Control Handbook (1956): rules 1–4. */
		WESTERN_ELECTRIC(List.of(RunRule.BEYOND_LIMITS, RunRule.TWO_OF_THREE_BEYOND_TWO_SIGMA,
				RunRule.FOUR_OF_FIVE_BEYOND_ONE_SIGMA, RunRule.SAME_SIDE_RUN)),

		/** Nelson (1984): rules 1–8. */
		NELSON(List.of(RunRule.BEYOND_LIMITS, RunRule.SAME_SIDE_RUN, RunRule.TREND, RunRule.ALTERNATING,
				RunRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, RunRule.FOUR_OF_FIVE_BEYOND_ONE_SIGMA, RunRule.STRATIFICATION,
				RunRule.MIXTURE));

		private final List<RunRule> rules;

		Family(List<RunRule> rules) {
			this.rules = rules;
		}

	}

}
