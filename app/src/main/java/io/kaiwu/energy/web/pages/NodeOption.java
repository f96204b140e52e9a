package io.kaiwu.energy.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.kaiwu.tenancy.StructureNode;

/**
 * A node of the enterprise structure in a picker, in tree order with its depth.
 *
 * @param node the node
 * @param depth 0 for a site
 */
public record NodeOption(StructureNode node, int depth) {

	/** The label, indented by depth. */
	public String label() {
		return "\u00a0\u00a0".repeat(this.depth) + this.node.code() + " " + this.node.name();
	}

	public UUID id() {
		return this.node.id();
	}

	/** The nodes as a tree: each site, then what is below it, by code. */
	static List<NodeOption> tree(List<StructureNode> nodes) {
		List<NodeOption> options = new ArrayList<>();
		nodes.stream()
			.filter((n) -> n.parentId() == null)
			.sorted(Comparator.comparing(StructureNode::code))
			.forEach((site) -> add(site, 0, nodes, options));
		return options;
	}

	private static void add(StructureNode node, int depth, List<StructureNode> nodes, List<NodeOption> options) {
		options.add(new NodeOption(node, depth));
		nodes.stream()
			.filter((n) -> node.id().equals(n.parentId()))
			.sorted(Comparator.comparing(StructureNode::code))
			.forEach((n) -> add(n, depth + 1, nodes, options));
	}

}
