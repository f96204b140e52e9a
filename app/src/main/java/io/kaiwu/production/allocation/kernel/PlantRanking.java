package io.kaiwu.production.allocation.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Ranks the plants that can make an order: on time first, then the lower cost, then the
 * earlier finish; when a plant cannot be on time, the earlier finish counts before the
 * cost (a plant with no room in the look-ahead last); the plant code breaks a tie. Says
 * for each why it stands there.
 */
public final class PlantRanking {

	private static final Comparator<PlantOption> BY_COST = Comparator.comparing(PlantOption::cost);

	private static final Comparator<PlantOption> BY_FINISH = Comparator.comparing(PlantOption::finish,
			Comparator.nullsLast(Comparator.naturalOrder()));

	/**
	 * The order in which plants are offered: the plants on time by cost, then finish; the
	 * late ones (which can only cut how late the order is) by finish, then cost.
	 */
	static final Comparator<PlantOption> ORDER = Comparator.comparing((PlantOption o) -> !o.onTime())
		.thenComparing((a, b) -> a.onTime() ? BY_COST.thenComparing(BY_FINISH).compare(a, b)
				: BY_FINISH.thenComparing(BY_COST).compare(a, b))
		.thenComparing(PlantOption::plantCode);

	private PlantRanking() {
	}

	/**
	 * Ranks the plants.
	 * @param options one per plant that can make the order
	 * @return the plants in order, each with its verdict; empty when none
	 */
	public static List<RankedOption> rank(List<PlantOption> options) {
		List<PlantOption> sorted = new ArrayList<>(options);
		sorted.sort(ORDER);
		List<RankedOption> ranked = new ArrayList<>();
		if (sorted.isEmpty()) {
			return ranked;
		}
		PlantOption first = sorted.get(0);
		for (int i = 0; i < sorted.size(); i++) {
			PlantOption o = sorted.get(i);
			ranked.add(new RankedOption(i + 1, o, verdict(i, o, first), o.cost().subtract(first.cost()),
					after(o.finish(), first.finish())));
		}
		return ranked;
	}

	private static Verdict verdict(int index, PlantOption o, PlantOption first) {
		if (o.finish() == null) {
			return Verdict.NO_ROOM;
		}
		if (index == 0) {
			return o.onTime() ? Verdict.BEST : Verdict.EARLIEST_BUT_LATE;
		}
		if (!o.onTime()) {
			return Verdict.LATE;
		}
		return (o.cost().compareTo(first.cost()) > 0) ? Verdict.DEARER : Verdict.LATER;
	}

	private static Duration after(@Nullable Instant finish, @Nullable Instant first) {
		if (finish == null || first == null || !finish.isAfter(first)) {
			return Duration.ZERO;
		}
		return Duration.between(first, finish);
	}

}
