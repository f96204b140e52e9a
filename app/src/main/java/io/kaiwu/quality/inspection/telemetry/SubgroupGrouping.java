package io.kaiwu.quality.inspection.telemetry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups consecutive values into subgroups of {@code size} (rational subgroups of
 * consecutive parts, as in AIAG SPC: consecutive units, taken close together in time).
 * What does not make a whole subgroup yet is kept to wait for more.
 *
 * @param complete whole subgroups, oldest first, each in time order
 * @param waiting values still short of a subgroup, in time order
 */
record SubgroupGrouping(List<List<TimedValue>> complete, List<TimedValue> waiting) {

	SubgroupGrouping {
		complete = complete.stream().map(List::copyOf).toList();
		waiting = List.copyOf(waiting);
	}

	/**
	 * @param waiting values already waiting
	 * @param arrived newly taken values, all later than those waiting
	 * @param size the subgroup size, 1 or more
	 */
	static SubgroupGrouping of(List<TimedValue> waiting, List<TimedValue> arrived, int size) {
		if (size < 1) {
			throw new IllegalArgumentException("a subgroup has at least one value: " + size);
		}
		List<TimedValue> all = new ArrayList<>(waiting);
		all.addAll(arrived);
		all.sort(Comparator.comparing(TimedValue::at));
		List<List<TimedValue>> complete = new ArrayList<>();
		int whole = all.size() / size * size;
		for (int i = 0; i < whole; i += size) {
			complete.add(all.subList(i, i + size));
		}
		return new SubgroupGrouping(complete, all.subList(whole, all.size()));
	}

}
