package io.kaiwu.energy.intensity;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's enterprise structure as energy reads it: the site a node belongs to, its
 * time zone, the nodes below a node and the machines standing there.
 */
public final class SiteTree {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Map<UUID, StructureNode> nodes;

	public SiteTree(Collection<StructureNode> nodes) {
		this.nodes = nodes.stream().collect(Collectors.toMap(StructureNode::id, Function.identity()));
	}

	public @Nullable StructureNode node(UUID id) {
		return this.nodes.get(id);
	}

	/** The site (the top node) a node belongs to. */
	public @Nullable StructureNode siteOf(UUID node) {
		StructureNode n = this.nodes.get(node);
		while (n != null && n.parentId() != null) {
			n = this.nodes.get(n.parentId());
		}
		return n;
	}

	/** The site's time zone; China's when it has none or an unreadable one. */
	public ZoneId zoneOf(@Nullable StructureNode site) {
		if (site == null || FieldChecks.blank(site.timeZone())) {
			return CHINA;
		}
		try {
			return ZoneId.of(site.timeZone());
		}
		catch (DateTimeException ex) {
			return CHINA;
		}
	}

	/** The node and every node below it. */
	public Set<UUID> subtree(UUID root) {
		Set<UUID> inside = new HashSet<>();
		inside.add(root);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (StructureNode n : this.nodes.values()) {
				if (n.parentId() != null && inside.contains(n.parentId()) && inside.add(n.id())) {
					grew = true;
				}
			}
		}
		return inside;
	}

	/** The machines standing on the node or below it. */
	public List<UUID> machinesUnder(UUID root, List<EquipmentSummary> machines) {
		Set<UUID> inside = subtree(root);
		return machines.stream().filter((m) -> inside.contains(m.nodeId())).map(EquipmentSummary::id).toList();
	}

}
