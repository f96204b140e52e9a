package io.kaiwu.alarm.expression;

import java.util.Map;

import io.kaiwu.alarm.expression.ExpressionError.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The expression language of expression rules: precedence as in C and Java, errors that
 * say where and what was expected, and the bounds that keep one evaluation cheap.
 */
class ExpressionTests {

	static Values values(Map<String, Double> known) {
		return (property) -> known.getOrDefault(property, Double.NaN);
	}

	static boolean holds(String text, Map<String, Double> known) {
		return Expression.parse(text).holds(values(known));
	}

	static ExpressionError refused(String text) {
		try {
			Expression.parse(text);
		}
		catch (ExpressionError ex) {
			return ex;
		}
		throw new AssertionError("accepted: " + text);
	}

	@Test
	void aHotAndShakingSpindleIsAbnormalOnlyWhenBothHold() {
		String rule = "temperature > 80 && vibration > 4.5";
		assertThat(holds(rule, Map.of("temperature", 85.0, "vibration", 5.0))).isTrue();
		assertThat(holds(rule, Map.of("temperature", 85.0, "vibration", 4.5))).isFalse();
		assertThat(holds(rule, Map.of("temperature", 80.0, "vibration", 9.0))).isFalse();
		assertThat(Expression.parse(rule).properties()).containsExactly("temperature", "vibration");
	}

	@Test
	void multiplicationBindsTighterThanAdditionAndAndTighterThanOr() {
		assertThat(holds("2 + 3 * 4 == 14", Map.of())).isTrue();
		assertThat(holds("(2 + 3) * 4 == 20", Map.of())).isTrue();
		assertThat(holds("10 - 4 - 3 == 3", Map.of())).isTrue();
		assertThat(holds("12 / 3 / 2 == 2", Map.of())).isTrue();
		assertThat(holds("7 % 4 == 3", Map.of())).isTrue();
		assertThat(holds("-2 * -3 == 6", Map.of())).isTrue();
		// true || (false && false), not (true || false) && false
		assertThat(holds("1 > 0 || 1 > 2 && 1 > 3", Map.of())).isTrue();
		assertThat(holds("(1 > 0 || 1 > 2) && 1 > 3", Map.of())).isFalse();
		assertThat(holds("!(1 > 2) && 2 >= 2 && 3 <= 3 && 1 != 2 && 1 < 2", Map.of())).isTrue();
		assertThat(holds("!1 > 2", Map.of())).isTrue();
	}

	@Test
	void theFunctionsComputeWhatTheirNamesSay() {
		Map<String, Double> current = Map.of("current", 7.5, "a", 2.0, "b", 9.0);
		assertThat(holds("abs(current - 12) > 3", current)).isTrue();
		assertThat(holds("abs(current - 12) > 5", current)).isFalse();
		assertThat(holds("round(current) == 8", current)).isTrue();
		assertThat(holds("min(a, b, current) == 2 && max(a, b, current) == 9", current)).isTrue();
		assertThat(holds(".5 + 0.25 == 0.75", Map.of())).isTrue();
	}

	@Test
	void anUnknownValueMakesEveryComparisonFalse() {
		assertThat(holds("vibration > 4.5", Map.of())).isFalse();
		assertThat(holds("vibration <= 4.5", Map.of())).isFalse();
	}

	@Test
	void theDeadbandLoosensEveryComparisonAndTightensUnderNot() {
		Expression rule = Expression.parse("temperature > 80 && vibration > 4.5");
		// 78 is within 5 of 80 and 4.0 within 5 of 4.5: loosened, it still holds
		assertThat(rule.holdsLoosened(values(Map.of("temperature", 78.0, "vibration", 4.0)), 5)).isTrue();
		assertThat(rule.holdsLoosened(values(Map.of("temperature", 75.0, "vibration", 4.0)), 5)).isFalse();
		Expression notCold = Expression.parse("!(temperature < 20)");
		// loosening "not below 20" by 2 means "not below 18"
		assertThat(notCold.holdsLoosened(values(Map.of("temperature", 19.0)), 2)).isTrue();
		assertThat(notCold.holdsLoosened(values(Map.of("temperature", 17.0)), 2)).isFalse();
		Expression equal = Expression.parse("mode == 3");
		assertThat(equal.holdsLoosened(values(Map.of("mode", 3.4)), 0.5)).isTrue();
		assertThat(equal.holds(values(Map.of("mode", 3.4)))).isFalse();
	}

	@Test
	void errorsSayWhereAndWhatWasExpected() {
		ExpressionError missingOperand = refused("temperature > ");
		assertThat(missingOperand.reason()).isEqualTo(Reason.EXPECTED);
		assertThat(missingOperand.position()).isEqualTo(15);
		assertThat(missingOperand.found()).isEqualTo("end");
		assertThat(missingOperand.detail()).contains("number").contains("property");

		ExpressionError unclosed = refused("abs(current - 12 > 3");
		assertThat(unclosed.reason()).isEqualTo(Reason.EXPECTED);
		assertThat(unclosed.position()).isEqualTo(18);
		assertThat(unclosed.found()).isEqualTo(">");
		assertThat(unclosed.detail()).startsWith(")");
		assertThat(refused("abs(current - 12").position()).isEqualTo(17);

		ExpressionError single = refused("temperature > 80 & vibration > 4");
		assertThat(single.position()).isEqualTo(18);
		assertThat(single.detail()).isEqualTo("&&");

		ExpressionError trailing = refused("temperature > 80 vibration");
		assertThat(trailing.position()).isEqualTo(18);
		assertThat(trailing.found()).isEqualTo("vibration");

		assertThat(refused("1 < t < 3").position()).isEqualTo(7);
		assertThat(refused("t > 1.").position()).isEqualTo(7);
		assertThat(refused("t = 3").detail()).isEqualTo("==");
	}

	@Test
	void numbersAndConditionsAreNotMixedUp() {
		ExpressionError notACondition = refused("temperature + 3");
		assertThat(notACondition.reason()).isEqualTo(Reason.CONDITION_EXPECTED);
		assertThat(notACondition.position()).isEqualTo(1);

		ExpressionError andOfNumbers = refused("temperature && vibration > 3");
		assertThat(andOfNumbers.reason()).isEqualTo(Reason.CONDITION_EXPECTED);
		assertThat(andOfNumbers.position()).isEqualTo(13);

		ExpressionError sumOfConditions = refused("(t > 1) + 2 > 0");
		assertThat(sumOfConditions.reason()).isEqualTo(Reason.NUMBER_EXPECTED);
		assertThat(sumOfConditions.position()).isEqualTo(9);
	}

	@Test
	void onlyTheOfferedFunctionsCanBeCalled() {
		ExpressionError exec = refused("exec(1) > 0");
		assertThat(exec.reason()).isEqualTo(Reason.UNKNOWN_FUNCTION);
		assertThat(exec.position()).isEqualTo(1);
		assertThat(exec.found()).isEqualTo("exec");
		assertThat(exec.detail()).contains("abs").contains("max");

		assertThat(refused("System.exit(0) > 1").reason()).isEqualTo(Reason.EXPECTED);
		assertThat(refused("\"rm -rf\" > 1").position()).isEqualTo(1);
		assertThat(refused("abs(1, 2) > 0").reason()).isEqualTo(Reason.ARGUMENTS);
		assertThat(refused("max(1) > 0").reason()).isEqualTo(Reason.ARGUMENTS);
	}

	@Test
	void lengthNodesAndNestingAreBounded() {
		assertThat(refused("t > " + "1".repeat(Expression.MAX_LENGTH)).reason()).isEqualTo(Reason.TOO_LONG);

		// each "+ 1" adds two nodes: the number and the sum
		String wide = "t" + " + 1".repeat(50) + " > 0";
		ExpressionError tooMany = refused(wide);
		assertThat(tooMany.reason()).isEqualTo(Reason.TOO_MANY_NODES);
		Expression justEnough = Expression.parse("t" + " + 1".repeat(48) + " > 0");
		assertThat(justEnough.nodes()).isEqualTo(Expression.MAX_NODES - 1);

		String deep = "(".repeat(Expression.MAX_DEPTH) + "t > 0" + ")".repeat(Expression.MAX_DEPTH);
		assertThat(refused(deep).reason()).isEqualTo(Reason.TOO_DEEP);
		String allowed = "(".repeat(Expression.MAX_DEPTH - 1) + "t > 0" + ")".repeat(Expression.MAX_DEPTH - 1);
		assertThat(Expression.parse(allowed).holds(values(Map.of("t", 1.0)))).isTrue();
		assertThat(refused("-".repeat(30) + "t > 0").reason()).isEqualTo(Reason.TOO_DEEP);
	}

}
