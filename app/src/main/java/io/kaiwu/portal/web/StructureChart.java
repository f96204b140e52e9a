package io.kaiwu.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.tenancy.StructureNode;

/**
 * The enterprise structure as an ECharts tree: the enterprise at the root, then sites,
 * areas, lines and work units.
 *
 * @param name the node's name (and code).
 * @param children the nodes below it.
 */
record StructureChart(String name, List<StructureChart> children) {

	static List<StructureChart> of(List<StructureNode> nodes) {
		Map<UUID, List<StructureNode>> byParent = new HashMap<>();
		nodes.forEach((n) -> byParent.computeIfAbsent(n.parentId(), (k) -> new ArrayList<>()).add(n));
		return build(null, byParent);
	}

	private static List<StructureChart> build(UUID parent, Map<UUID, List<StructureNode>> byParent) {
		return byParent.getOrDefault(parent, List.of())
			.stream()
			.sorted(Comparator.comparing(StructureNode::code))
			.map((n) -> new StructureChart(n.name(), build(n.id(), byParent)))
			.toList();
	}

}
