package io.kaiwu.quality.defect.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A Pareto analysis (排列图): categories sorted by count, largest first, each with its share
 * and the cumulative share. The "vital few" are the categories needed to reach 80 % of
 * all counts: a category belongs to them when the categories before it add up to less
 * than 80 %.
 *
 * @param bars the categories, largest first
 * @param total the sum of all counts
 */
public record Pareto(List<Bar> bars, long total) {

	/** The share of all counts below which a category still belongs to the vital few. */
	public static final double VITAL_FEW_CUT = 80.0;

	public Pareto {
		bars = List.copyOf(bars);
	}

	/**
	 * A category to count.
	 *
	 * @param key what identifies it (an id or a name); {@literal null} for "not recorded"
	 * @param label what a reader sees; {@literal null} for "not recorded"
	 * @param count how many
	 */
	public record Category(@Nullable String key, @Nullable String label, long count) {
	}

	/**
	 * One bar of the chart.
	 *
	 * @param key as given
	 * @param label as given
	 * @param count as given
	 * @param percent the category's share of the total, 0–100
	 * @param cumulativePercent the share of this and all larger categories, 0–100
	 * @param vitalFew whether the category is among those that make the first 80 %
	 */
	public record Bar(@Nullable String key, @Nullable String label, long count, double percent,
			double cumulativePercent, boolean vitalFew) {
	}

	/**
	 * The Pareto analysis of the given counts; ties keep the order of their labels.
	 * @param categories the counted categories; none with a negative count
	 */
	public static Pareto of(List<Category> categories) {
		List<Category> sorted = new ArrayList<>(categories);
		for (Category c : sorted) {
			if (c.count() < 0) {
				throw new IllegalArgumentException("Negative count for " + c.label());
			}
		}
		sorted.sort(Comparator.comparingLong(Category::count)
			.reversed()
			.thenComparing((Category c) -> (c.label() != null) ? c.label() : "\uffff"));
		long total = sorted.stream().mapToLong(Category::count).sum();
		List<Bar> bars = new ArrayList<>();
		long running = 0;
		for (Category c : sorted) {
			double before = (total > 0) ? 100.0 * running / total : 0;
			running += c.count();
			double percent = (total > 0) ? 100.0 * c.count() / total : 0;
			double cumulative = (total > 0) ? 100.0 * running / total : 0;
			bars.add(new Bar(c.key(), c.label(), c.count(), percent, cumulative,
					total > 0 && before < VITAL_FEW_CUT - 1e-9));
		}
		return new Pareto(bars, total);
	}

}
