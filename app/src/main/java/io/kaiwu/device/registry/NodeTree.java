package io.kaiwu.device.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's enterprise structure as devices need it: the subtree of a node, the site
 * above a node, the path of names from the site down, and the nodes a site-limited user
 * may see.
 */
public final class NodeTree {

	private final Map<UUID, StructureNode> byId = new HashMap<>();

	private final Map<UUID, List<UUID>> children = new HashMap<>();

	public NodeTree(List<StructureNode> nodes) {
		for (StructureNode node : nodes) {
			this.byId.put(node.id(), node);
			if (node.parentId() != null) {
				this.children.computeIfAbsent(node.parentId(), (k) -> new ArrayList<>()).add(node.id());
			}
		}
	}

	public @Nullable StructureNode node(UUID id) {
		return this.byId.get(id);
	}

	/** The node and every node below it; empty when the node is unknown. */
	public Set<UUID> subtree(UUID id) {
		if (!this.byId.containsKey(id)) {
			return Set.of();
		}
		Set<UUID> ids = new HashSet<>();
		List<UUID> todo = new ArrayList<>(List.of(id));
		while (!todo.isEmpty()) {
			UUID next = todo.remove(todo.size() - 1);
			if (ids.add(next)) {
				todo.addAll(this.children.getOrDefault(next, List.of()));
			}
		}
		return ids;
	}

	/** The site above a node (a site is its own site). */
	public @Nullable UUID siteOf(UUID id) {
		StructureNode current = this.byId.get(id);
		while (current != null && current.parentId() != null && this.byId.containsKey(current.parentId())) {
			current = this.byId.get(current.parentId());
		}
		return (current == null) ? null : current.id();
	}

	/** Whether the principal may see the node (it lies under one of his sites). */
	public boolean visibleTo(KaiwuPrincipal principal, UUID id) {
		UUID site = siteOf(id);
		return site != null && principal.maySee(site);
	}

	/**
	 * The nodes a principal may see; {@literal null} when he is not limited to sites.
	 */
	public @Nullable Set<UUID> visibleTo(KaiwuPrincipal principal) {
		if (principal.sites().isEmpty()) {
			return null;
		}
		Set<UUID> visible = new HashSet<>();
		principal.sites().forEach((site) -> visible.addAll(subtree(site)));
		return visible;
	}

	/** The names from the site down to the node, for example 苏州工厂 / 机加工车间 / 数控车削线. */
	public List<StructureNode> path(UUID id) {
		List<StructureNode> path = new ArrayList<>();
		StructureNode current = this.byId.get(id);
		while (current != null) {
			path.add(current);
			current = (current.parentId() == null) ? null : this.byId.get(current.parentId());
		}
		Collections.reverse(path);
		return path;
	}

	/** Every node id by its code. */
	public Map<String, UUID> idsByCode() {
		Map<String, UUID> ids = new HashMap<>();
		this.byId.values().forEach((n) -> ids.put(n.code(), n.id()));
		return ids;
	}

}
