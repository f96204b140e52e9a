package io.kaiwu.quality.spc;

/**
 * A point at which a run rule found its pattern complete.
 *
 * @param rule the pattern
 * @param number the rule's number in its rule set (Western Electric 1–4, Nelson 1–8)
 * @param family the rule set the number belongs to
 * @param subgroup the subgroup index of the point that completed the pattern
 * @param value the plotted value there
 * @param side which way it points
 */
public record Violation(RunRule rule, int number, RuleSet.Family family, int subgroup, double value, Side side) {
}
