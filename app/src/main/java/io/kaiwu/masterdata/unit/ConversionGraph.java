package io.kaiwu.masterdata.unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conversions between units as a graph: every conversion {@code 1 from = factor × to}
 * is an edge both ways (the way back divides), so kg → g and t → kg also give t → g and g
 * → t. Plain Java; units are any key.
 *
 * @param <U> how a unit is identified.
 */
public final class ConversionGraph<U> {

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private final Map<U, List<Step<U>>> steps = new HashMap<>();

	/**
	 * One conversion: {@code 1 from = factor × to}.
	 *
	 * @param from must not be {@literal null}.
	 * @param to must not be {@literal null}.
	 * @param factor must be greater than zero.
	 */
	public record Edge<U>(U from, U to, BigDecimal factor) {

		public Edge {
			if (factor.signum() <= 0) {
				throw new IllegalArgumentException("A conversion factor must be greater than zero");
			}
		}

	}

	private record Step<U>(U to, BigDecimal factor) {
	}

	public ConversionGraph(List<Edge<U>> edges) {
		for (Edge<U> edge : edges) {
			this.steps.computeIfAbsent(edge.from(), (k) -> new ArrayList<>()).add(new Step<>(edge.to(), edge.factor()));
			this.steps.computeIfAbsent(edge.to(), (k) -> new ArrayList<>())
				.add(new Step<>(edge.from(), BigDecimal.ONE.divide(edge.factor(), PRECISION)));
		}
	}

	/**
	 * How many {@code to} make one {@code from}; empty when no chain of conversions leads
	 * from one to the other.
	 */
	public Optional<BigDecimal> factor(U from, U to) {
		if (from.equals(to)) {
			return Optional.of(BigDecimal.ONE);
		}
		Map<U, BigDecimal> reached = new HashMap<>();
		reached.put(from, BigDecimal.ONE);
		Deque<U> queue = new ArrayDeque<>();
		queue.add(from);
		while (!queue.isEmpty()) {
			U current = queue.poll();
			BigDecimal soFar = reached.get(current);
			for (Step<U> step : this.steps.getOrDefault(current, List.of())) {
				if (!reached.containsKey(step.to())) {
					BigDecimal factor = soFar.multiply(step.factor(), PRECISION);
					if (step.to().equals(to)) {
						return Optional.of(tidy(factor));
					}
					reached.put(step.to(), factor);
					queue.add(step.to());
				}
			}
		}
		return Optional.empty();
	}

	/** The quantity in {@code to}; empty when the units are not connected. */
	public Optional<BigDecimal> convert(BigDecimal quantity, U from, U to) {
		return factor(from, to).map((f) -> tidy(quantity.multiply(f, PRECISION)));
	}

	private static BigDecimal tidy(BigDecimal value) {
		BigDecimal rounded = value.round(MathContext.DECIMAL64).stripTrailingZeros();
		return (rounded.scale() < 0) ? rounded.setScale(0) : rounded;
	}

}
