package io.kaiwu.alarm.domain;

import java.util.UUID;

/**
 * How many raises of one rule were folded into a storm summary alarm.
 *
 * @param ruleId the rule.
 * @param ruleName its name when it last folded.
 * @param folded how many of its raises were folded.
 */
public record StormFold(UUID ruleId, String ruleName, int folded) {
}
