package io.kaiwu.alarm.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.kaiwu.alarm.expression.ExpressionError.Reason;

/**
 * Recursive descent over this grammar, lowest precedence first:
 *
 * <pre>
 * or      = and { "||" and }
 * and     = not { "&amp;&amp;" not }
 * not     = "!" not | compare
 * compare = sum [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum ]
 * sum     = term { ("+" | "-") term }
 * term    = unary { ("*" | "/" | "%") unary }
 * unary   = "-" unary | primary
 * primary = number | name | function "(" sum { "," sum } ")" | "(" or ")"
 * </pre>
 *
 * Counts the nodes and the nesting as it goes and stops at the bounds.
 */
final class Parser {

	static final Set<String> FUNCTIONS = Set.of("abs", "round", "min", "max");

	private static final String OPERAND = "number | property | abs( min( max( round( | ( | - | !";

	private record Token(String text, int position, boolean number, boolean name) {

		boolean is(String symbol) {
			return !this.number && !this.name && this.text.equals(symbol);
		}

		boolean end() {
			return this.text.isEmpty();
		}

		String shown() {
			return end() ? "end" : this.text;
		}

	}

	private final List<Token> tokens;

	private int next;

	private int nodes;

	private int depth;

	private final Set<String> properties = new java.util.LinkedHashSet<>();

	private Parser(List<Token> tokens) {
		this.tokens = tokens;
	}

	/** Parses a whole condition; the names of the properties it reads are collected. */
	static Parsed parse(String text) {
		if (text.length() > Expression.MAX_LENGTH) {
			throw new ExpressionError(Reason.TOO_LONG, Expression.MAX_LENGTH + 1,
					Integer.toString(Expression.MAX_LENGTH), "…");
		}
		Parser parser = new Parser(tokens(text));
		Token first = parser.peek();
		Node node = parser.or();
		if (!parser.peek().end()) {
			Token extra = parser.peek();
			throw new ExpressionError(Reason.EXPECTED, extra.position(), "&& | || | end", extra.shown());
		}
		if (!(node instanceof Node.Test test)) {
			throw new ExpressionError(Reason.CONDITION_EXPECTED, first.position(), "> >= < <= == !=", first.shown());
		}
		return new Parsed(test, java.util.Collections.unmodifiableSet(parser.properties), parser.nodes);
	}

	record Parsed(Node.Test root, Set<String> properties, int nodes) {
	}

	private Node or() {
		enter();
		Node left = and();
		while (peek().is("||")) {
			Token operator = take();
			left = count(new Node.Or(test(left, operator), test(and(), operator)), operator);
		}
		this.depth--;
		return left;
	}

	private Node and() {
		Node left = not();
		while (peek().is("&&")) {
			Token operator = take();
			left = count(new Node.And(test(left, operator), test(not(), operator)), operator);
		}
		return left;
	}

	private Node not() {
		if (peek().is("!")) {
			Token operator = take();
			enter();
			Node operand = not();
			this.depth--;
			return count(new Node.Not(test(operand, operator)), operator);
		}
		return compare();
	}

	private Node compare() {
		Node left = sum();
		Token operator = peek();
		if (operator.is("<") || operator.is("<=") || operator.is(">") || operator.is(">=") || operator.is("==")
				|| operator.is("!=")) {
			take();
			Node right = sum();
			Node compared = count(new Node.Comparison(operator.text(), number(left, operator), number(right, operator)),
					operator);
			Token after = peek();
			if (after.is("<") || after.is("<=") || after.is(">") || after.is(">=") || after.is("==")
					|| after.is("!=")) {
				// a < b < c reads like mathematics but is not what it means: refuse it
				throw new ExpressionError(Reason.EXPECTED, after.position(), "&& | || | ) | end", after.shown());
			}
			return compared;
		}
		return left;
	}

	private Node sum() {
		Node left = term();
		while (peek().is("+") || peek().is("-")) {
			Token operator = take();
			left = count(
					new Node.Arithmetic(operator.text().charAt(0), number(left, operator), number(term(), operator)),
					operator);
		}
		return left;
	}

	private Node term() {
		Node left = unary();
		while (peek().is("*") || peek().is("/") || peek().is("%")) {
			Token operator = take();
			left = count(
					new Node.Arithmetic(operator.text().charAt(0), number(left, operator), number(unary(), operator)),
					operator);
		}
		return left;
	}

	private Node unary() {
		if (peek().is("-")) {
			Token operator = take();
			enter();
			Node operand = unary();
			this.depth--;
			return count(new Node.Negative(number(operand, operator)), operator);
		}
		return primary();
	}

	private Node primary() {
		Token token = take();
		if (token.number()) {
			return count(new Node.Constant(Double.parseDouble(token.text())), token);
		}
		if (token.name()) {
			if (peek().is("(")) {
				return call(token);
			}
			this.properties.add(token.text());
			return count(new Node.Property(token.text()), token);
		}
		if (token.is("(")) {
			Node inner = or();
			expect(")");
			return inner;
		}
		throw new ExpressionError(Reason.EXPECTED, token.position(), OPERAND, token.shown());
	}

	private Node call(Token function) {
		if (!FUNCTIONS.contains(function.text())) {
			throw new ExpressionError(Reason.UNKNOWN_FUNCTION, function.position(), String.join(" ", FUNCTIONS),
					function.text());
		}
		take();
		List<Node.Number> arguments = new ArrayList<>();
		enter();
		Token at = peek();
		arguments.add(number(sum(), at));
		while (peek().is(",")) {
			take();
			at = peek();
			arguments.add(number(sum(), at));
		}
		this.depth--;
		expect(")");
		boolean one = function.text().equals("abs") || function.text().equals("round");
		if (one ? arguments.size() != 1 : arguments.size() < 2) {
			throw new ExpressionError(Reason.ARGUMENTS, function.position(), one ? "1" : "≥ 2", function.text());
		}
		return count(new Node.Call(function.text(), List.copyOf(arguments)), function);
	}

	private void expect(String symbol) {
		Token token = take();
		if (!token.is(symbol)) {
			String expected = symbol.equals(")") ? ") | , | operator" : symbol;
			throw new ExpressionError(Reason.EXPECTED, token.position(), expected, token.shown());
		}
	}

	private static Node.Number number(Node node, Token at) {
		if (node instanceof Node.Number number) {
			return number;
		}
		throw new ExpressionError(Reason.NUMBER_EXPECTED, at.position(), "number", at.shown());
	}

	private static Node.Test test(Node node, Token at) {
		if (node instanceof Node.Test test) {
			return test;
		}
		throw new ExpressionError(Reason.CONDITION_EXPECTED, at.position(), "> >= < <= == !=", at.shown());
	}

	private <N extends Node> N count(N node, Token at) {
		if (++this.nodes > Expression.MAX_NODES) {
			throw new ExpressionError(Reason.TOO_MANY_NODES, at.position(), Integer.toString(Expression.MAX_NODES),
					at.shown());
		}
		return node;
	}

	private void enter() {
		if (++this.depth > Expression.MAX_DEPTH) {
			Token at = peek();
			throw new ExpressionError(Reason.TOO_DEEP, at.position(), Integer.toString(Expression.MAX_DEPTH),
					at.shown());
		}
	}

	private Token peek() {
		return this.tokens.get(this.next);
	}

	private Token take() {
		Token token = this.tokens.get(this.next);
		if (!token.end()) {
			this.next++;
		}
		return token;
	}

	/** Splits the text into numbers, names and symbols; ends with an empty end token. */
	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int start = i;
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (isDigit(c) || (c == '.' && i + 1 < text.length() && isDigit(text.charAt(i + 1)))) {
				while (i < text.length() && isDigit(text.charAt(i))) {
					i++;
				}
				if (i < text.length() && text.charAt(i) == '.') {
					i++;
					int decimals = i;
					while (i < text.length() && isDigit(text.charAt(i))) {
						i++;
					}
					if (i == decimals) {
						throw new ExpressionError(Reason.EXPECTED, i + 1, "0-9", found(text, i));
					}
				}
				tokens.add(new Token(text.substring(start, i), start + 1, true, false));
				continue;
			}
			if (isLetter(c)) {
				while (i < text.length()
						&& (isLetter(text.charAt(i)) || isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
					i++;
				}
				tokens.add(new Token(text.substring(start, i), start + 1, false, true));
				continue;
			}
			String two = (i + 1 < text.length()) ? text.substring(i, i + 2) : "";
			if (two.equals("&&") || two.equals("||") || two.equals("<=") || two.equals(">=") || two.equals("==")
					|| two.equals("!=")) {
				tokens.add(new Token(two, start + 1, false, false));
				i += 2;
				continue;
			}
			if ("+-*/%<>!(),".indexOf(c) >= 0) {
				tokens.add(new Token(String.valueOf(c), start + 1, false, false));
				i++;
				continue;
			}
			String expected = (c == '&') ? "&&" : (c == '|') ? "||" : (c == '=') ? "==" : OPERAND;
			throw new ExpressionError(Reason.EXPECTED, start + 1, expected, found(text, i));
		}
		tokens.add(new Token("", text.length() + 1, false, false));
		return tokens;
	}

	private static String found(String text, int index) {
		return (index < text.length()) ? String.valueOf(text.charAt(index)) : "end";
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
