package io.kaiwu.tenancy.structure;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.StructureReferences;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, renaming, moving and deleting nodes of the enterprise structure. A node hangs
 * only under a node of the level just above it; a node is deleted only when nothing hangs
 * on it. A user limited to some sites sees and changes only what lies under them.
 */
@Service
public class ShapingStructure implements EnterpriseStructure {

	private final PlantNodes nodes;

	private final ObjectProvider<StructureReferences> references;

	private final ApplicationEventPublisher events;

	ShapingStructure(PlantNodes nodes, ObjectProvider<StructureReferences> references,
			ApplicationEventPublisher events) {
		this.nodes = nodes;
		this.references = references;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StructureNode> findNode(TenantId tenant, UUID node) {
		return this.nodes.find(tenant.value(), node).map(PlantNode::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StructureNode> sites(TenantId tenant) {
		return this.nodes.all(tenant.value())
			.stream()
			.filter((n) -> n.level() == NodeLevel.SITE)
			.map(PlantNode::view)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<StructureNode> allNodes(TenantId tenant) {
		return this.nodes.all(tenant.value()).stream().map(PlantNode::view).toList();
	}

	/** The nodes the principal may see, parents before children. */
	@Transactional(readOnly = true)
	public List<PlantNode> visibleNodes(KaiwuPrincipal principal) {
		List<PlantNode> all = this.nodes.all(principal.requireTenant().value());
		Map<UUID, UUID> siteOf = siteOf(all);
		return all.stream().filter((n) -> principal.maySee(siteOf.get(n.id()))).toList();
	}

	@Transactional(readOnly = true)
	public PlantNode get(KaiwuPrincipal principal, UUID id) {
		UUID tenant = principal.requireTenant().value();
		PlantNode node = this.nodes.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("node", id));
		if (!principal.maySee(siteOf(this.nodes.all(tenant)).get(node.id()))) {
			throw new KaiwuProblem.NotFound("node", id);
		}
		return node;
	}

	@Transactional
	public PlantNode create(KaiwuPrincipal principal, @Nullable UUID parentId, NodeLevel level, String code,
			String name, @Nullable String timeZone) {
		UUID tenant = principal.requireTenant().value();
		checkParent(principal, level, parentId);
		if (level == NodeLevel.SITE && principal.sites().size() > 0) {
			throw new KaiwuProblem.Forbidden("problem.node.site-limited");
		}
		UUID id = UUID.randomUUID();
		checkCode(tenant, code, id);
		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		PlantNode node = new PlantNode(id, tenant, parentId, level, code, name, zone(level, timeZone), now, now);
		this.nodes.insert(node);
		this.events.publishEvent(ChangeRecorded.created(TenantId.of(tenant), "plant-node", id, node.view()));
		return node;
	}

	@Transactional
	public PlantNode rename(KaiwuPrincipal principal, UUID id, @Nullable String code, @Nullable String name,
			@Nullable String timeZone) {
		PlantNode before = get(principal, id);
		String newCode = (code != null) ? code : before.code();
		checkCode(before.tenant(), newCode, id);
		PlantNode after = before.renamed(newCode, (name != null) ? name : before.name(),
				zone(before.level(), (timeZone != null) ? timeZone : before.timeZone()));
		this.nodes.update(after);
		this.events.publishEvent(
				ChangeRecorded.updated(TenantId.of(before.tenant()), "plant-node", id, before.view(), after.view()));
		return after;
	}

	@Transactional
	public PlantNode move(KaiwuPrincipal principal, UUID id, UUID newParent) {
		PlantNode before = get(principal, id);
		if (before.level() == NodeLevel.SITE) {
			throw new KaiwuProblem.InvalidInput("parentId", "problem.node.site-cannot-move");
		}
		checkParent(principal, before.level(), newParent);
		PlantNode after = before.movedUnder(newParent);
		this.nodes.update(after);
		this.events.publishEvent(
				ChangeRecorded.updated(TenantId.of(before.tenant()), "plant-node", id, before.view(), after.view()));
		return after;
	}

	@Transactional
	public void delete(KaiwuPrincipal principal, UUID id) {
		PlantNode node = get(principal, id);
		long children = this.nodes.childCount(node.tenant(), id);
		if (children > 0) {
			throw new KaiwuProblem.Conflict("problem.node.has-children", node.name(), children);
		}
		List<String> refs = new ArrayList<>();
		this.references.forEach((r) -> refs.addAll(r.referencesTo(TenantId.of(node.tenant()), id)));
		if (!refs.isEmpty()) {
			throw new KaiwuProblem.Conflict("problem.node.referenced", node.name(), String.join("; ", refs));
		}
		this.nodes.delete(node);
		this.events.publishEvent(ChangeRecorded.deleted(TenantId.of(node.tenant()), "plant-node", id, node.view()));
	}

	private void checkParent(KaiwuPrincipal principal, NodeLevel level, @Nullable UUID parentId) {
		Optional<NodeLevel> expected = level.parentLevel();
		if (expected.isEmpty()) {
			if (parentId != null) {
				throw new KaiwuProblem.InvalidInput("parentId", "problem.node.site-has-no-parent");
			}
			return;
		}
		if (parentId == null) {
			throw new KaiwuProblem.InvalidInput("parentId", "problem.node.parent-required");
		}
		PlantNode parent = this.nodes.find(principal.requireTenant().value(), parentId)
			.orElseThrow(() -> new KaiwuProblem.InvalidInput("parentId", "problem.node.parent-unknown", parentId));
		if (parent.level() != expected.get()) {
			throw new KaiwuProblem.InvalidInput("parentId", "problem.node.parent-level", parent.name());
		}
		if (!principal.maySee(siteOf(this.nodes.all(parent.tenant())).get(parent.id()))) {
			throw new KaiwuProblem.InvalidInput("parentId", "problem.node.parent-unknown", parentId);
		}
	}

	private void checkCode(UUID tenant, String code, UUID id) {
		if (this.nodes.codeTaken(tenant, code, id)) {
			throw new KaiwuProblem.InvalidInput("code", "problem.node.code-taken", code);
		}
	}

	private static @Nullable String zone(NodeLevel level, @Nullable String timeZone) {
		if (level != NodeLevel.SITE) {
			return null;
		}
		String zone = (timeZone == null || timeZone.isBlank()) ? "Asia/Shanghai" : timeZone.trim();
		try {
			return ZoneId.of(zone).getId();
		}
		catch (DateTimeException ex) {
			throw new KaiwuProblem.InvalidInput("timeZone", "problem.node.time-zone", zone);
		}
	}

	/** For every node, the id of the site above it (a site maps to itself). */
	static Map<UUID, UUID> siteOf(List<PlantNode> all) {
		Map<UUID, PlantNode> byId = new HashMap<>();
		all.forEach((n) -> byId.put(n.id(), n));
		Map<UUID, UUID> siteOf = new HashMap<>();
		for (PlantNode node : all) {
			PlantNode current = node;
			while (current.parentId() != null && byId.containsKey(current.parentId())) {
				current = byId.get(current.parentId());
			}
			siteOf.put(node.id(), current.id());
		}
		return siteOf;
	}

}
