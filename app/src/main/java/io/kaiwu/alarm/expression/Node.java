package io.kaiwu.alarm.expression;

import java.util.List;

/**
 * A parsed expression as a tree. A {@link Number} node computes a value, a {@link Test}
 * node a truth; the parser never mixes them up, so evaluation needs no type checks.
 */
sealed interface Node {

	/** A node that computes a number. */
	sealed interface Number extends Node {

		double value(Values values);

	}

	/**
	 * A node that computes a truth. {@code loosen} moves every comparison's limit by that
	 * much towards true (negative: towards false); 0 is the plain meaning. A rule uses it
	 * for its deadband: the alarm stays until the loosened expression is false.
	 */
	sealed interface Test extends Node {

		boolean holds(Values values, double loosen);

	}

	record Constant(double number) implements Number {

		@Override
		public double value(Values values) {
			return this.number;
		}

	}

	record Property(String name) implements Number {

		@Override
		public double value(Values values) {
			return values.of(this.name);
		}

	}

	record Negative(Number operand) implements Number {

		@Override
		public double value(Values values) {
			return -this.operand.value(values);
		}

	}

	record Arithmetic(char operator, Number left, Number right) implements Number {

		@Override
		public double value(Values values) {
			double a = this.left.value(values);
			double b = this.right.value(values);
			return switch (this.operator) {
				case '+' -> a + b;
				case '-' -> a - b;
				case '*' -> a * b;
				case '/' -> a / b;
				default -> a % b;
			};
		}

	}

	/** One of the offered functions: abs(x), round(x), min(x, y, …), max(x, y, …). */
	record Call(String function, List<Number> arguments) implements Number {

		@Override
		public double value(Values values) {
			double result = this.arguments.get(0).value(values);
			switch (this.function) {
				case "abs" -> result = Math.abs(result);
				case "round" -> result = Math.round(result);
				case "min" -> {
					for (int i = 1; i < this.arguments.size(); i++) {
						result = Math.min(result, this.arguments.get(i).value(values));
					}
				}
				default -> {
					for (int i = 1; i < this.arguments.size(); i++) {
						result = Math.max(result, this.arguments.get(i).value(values));
					}
				}
			}
			return result;
		}

	}

	record Comparison(String operator, Number left, Number right) implements Test {

		@Override
		public boolean holds(Values values, double loosen) {
			double a = this.left.value(values);
			double b = this.right.value(values);
			return switch (this.operator) {
				case ">" -> a > b - loosen;
				case ">=" -> a >= b - loosen;
				case "<" -> a < b + loosen;
				case "<=" -> a <= b + loosen;
				case "==" -> (loosen > 0) ? Math.abs(a - b) <= loosen : a == b;
				default -> (loosen < 0) ? Math.abs(a - b) > -loosen : a != b;
			};
		}

	}

	record And(Test left, Test right) implements Test {

		@Override
		public boolean holds(Values values, double loosen) {
			return this.left.holds(values, loosen) && this.right.holds(values, loosen);
		}

	}

	record Or(Test left, Test right) implements Test {

		@Override
		public boolean holds(Values values, double loosen) {
			return this.left.holds(values, loosen) || this.right.holds(values, loosen);
		}

	}

	/** Not: loosening the whole means tightening what is negated. */
	record Not(Test operand) implements Test {

		@Override
		public boolean holds(Values values, double loosen) {
			return !this.operand.holds(values, -loosen);
		}

	}

}
