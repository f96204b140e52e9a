package io.kaiwu.alarm.expression;

import java.util.Set;

/**
 * A condition over several properties of one originator, for example
 * {@code temperature > 80 && vibration > 4.5} or {@code abs(current - 12) > 3}. It knows
 * numbers, property names, {@code + - * / %}, comparisons, {@code && || !}, parentheses
 * and the functions {@code abs}, {@code round}, {@code min} and {@code max}; nothing else
 * can be named, so nothing else can be reached. Bounded in length, nodes and nesting, so
 * one evaluation is a walk over at most {@link #MAX_NODES} nodes.
 */
public final class Expression {

	/** The longest text accepted. */
	public static final int MAX_LENGTH = 500;

	/** The most numbers, names, operators and calls in one expression. */
	public static final int MAX_NODES = 100;

	/** The deepest nesting of parentheses, arguments, {@code !} and unary {@code -}. */
	public static final int MAX_DEPTH = 20;

	private final String text;

	private final Node.Test root;

	private final Set<String> properties;

	private final int nodes;

	private Expression(String text, Node.Test root, Set<String> properties, int nodes) {
		this.text = text;
		this.root = root;
		this.properties = properties;
		this.nodes = nodes;
	}

	/**
	 * Parses a condition.
	 * @throws ExpressionError where it does not parse, with the position and what was
	 * expected, or when it exceeds a bound.
	 */
	public static Expression parse(String text) {
		Parser.Parsed parsed = Parser.parse(text);
		return new Expression(text.strip(), parsed.root(), parsed.properties(), parsed.nodes());
	}

	/** The property names it reads, in the order they first appear. */
	public Set<String> properties() {
		return this.properties;
	}

	/** How many nodes it has (at most {@link #MAX_NODES}). */
	public int nodes() {
		return this.nodes;
	}

	public String text() {
		return this.text;
	}

	/** Whether it holds for these values (a value not known is NaN: comparisons fail). */
	public boolean holds(Values values) {
		return this.root.holds(values, 0);
	}

	/**
	 * Whether it holds with every comparison loosened by a deadband: {@code t > 80}
	 * loosened by 5 is {@code t > 75}, under {@code !} the other way. An alarm raised by
	 * the expression stays until this is false.
	 */
	public boolean holdsLoosened(Values values, double deadband) {
		return this.root.holds(values, deadband);
	}

	@Override
	public String toString() {
		return this.text;
	}

}
