package io.kaiwu.ehs.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A site of the enterprise structure with every node under it: a source or discharge
 * point belongs to the site whose subtree holds its node.
 */
@Component
class SiteScope {

	/** A site, its time zone and the nodes it holds (itself included). */
	record Site(StructureNode node, ZoneId zone, Set<UUID> nodes) {

		public boolean holds(UUID nodeId) {
			return this.nodes.contains(nodeId);
		}

		/** A time as the site's clock shows it, to the second; empty for none. */
		public String local(@Nullable Instant at) {
			return (at != null) ? LOCAL.format(at.atZone(this.zone)) : "";
		}

	}

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final EnterpriseStructure structure;

	SiteScope(EnterpriseStructure structure) {
		this.structure = structure;
	}

	List<StructureNode> sites(TenantId tenant) {
		return this.structure.sites(tenant);
	}

	/** The site, or the tenant's first when none is given. */
	Site site(TenantId tenant, UUID siteId) {
		StructureNode site = this.structure.sites(tenant)
			.stream()
			.filter((s) -> s.id().equals(siteId))
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.NotFound("site", siteId));
		Set<UUID> nodes = new HashSet<>();
		nodes.add(site.id());
		// parents come before their children
		for (StructureNode node : this.structure.allNodes(tenant)) {
			if (node.parentId() != null && nodes.contains(node.parentId())) {
				nodes.add(node.id());
			}
		}
		ZoneId zone = (site.timeZone() != null && !site.timeZone().isBlank()) ? ZoneId.of(site.timeZone())
				: ZoneId.of("Asia/Shanghai");
		return new Site(site, zone, Set.copyOf(nodes));
	}

}
