package io.kaiwu.production.mrp.kernel;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Low-level codes (低层码): 0 for an item no BOM uses, otherwise one more than the deepest
 * parent, so that every parent is planned before its components.
 */
final class LowLevelCodes {

	private LowLevelCodes() {
	}

	/**
	 * The codes of the items reachable from the starts through the BOMs effective on a
	 * day.
	 * @throws BomCycle naming the items around a cycle.
	 */
	static Map<UUID, Integer> of(Collection<UUID> starts, BillOfMaterials boms, LocalDate on) {
		Map<UUID, List<UUID>> children = new HashMap<>();
		List<UUID> postOrder = new ArrayList<>();
		Set<UUID> done = new HashSet<>();
		for (UUID start : starts) {
			visit(start, boms, on, children, done, new ArrayDeque<>(), new HashSet<>(), postOrder);
		}
		Map<UUID, Integer> codes = new HashMap<>();
		postOrder.forEach((item) -> codes.put(item, 0));
		for (int i = postOrder.size() - 1; i >= 0; i--) {
			UUID parent = postOrder.get(i);
			for (UUID child : children.get(parent)) {
				codes.merge(child, codes.get(parent) + 1, Math::max);
			}
		}
		return codes;
	}

	private static void visit(UUID item, BillOfMaterials boms, LocalDate on, Map<UUID, List<UUID>> children,
			Set<UUID> done, Deque<UUID> path, Set<UUID> onPath, List<UUID> postOrder) {
		if (done.contains(item)) {
			return;
		}
		if (onPath.contains(item)) {
			List<UUID> cycle = new ArrayList<>();
			boolean in = false;
			for (UUID step : (Iterable<UUID>) path::descendingIterator) {
				in |= step.equals(item);
				if (in) {
					cycle.add(step);
				}
			}
			cycle.add(item);
			throw new BomCycle(cycle);
		}
		path.push(item);
		onPath.add(item);
		List<UUID> below = boms.components(item, on)
			.map((level) -> level.lines().stream().map(BillOfMaterials.Line::itemId).distinct().toList())
			.orElse(List.of());
		children.put(item, below);
		for (UUID child : below) {
			visit(child, boms, on, children, done, path, onPath, postOrder);
		}
		path.pop();
		onPath.remove(item);
		done.add(item);
		postOrder.add(item);
	}

}
