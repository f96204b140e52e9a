package io.kaiwu.ehs.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Today at a site, in the site's time zone (Asia/Shanghai when the site has none), and
 * the check that a node is one of the tenant's sites.
 */
@Component
public class SiteDays {

	static final ZoneId USUAL_ZONE = ZoneId.of("Asia/Shanghai");

	private final EnterpriseStructure structure;

	private final Clock clock = Clock.systemUTC();

	SiteDays(EnterpriseStructure structure) {
		this.structure = structure;
	}

	public LocalDate today(TenantId tenant, UUID siteId) {
		return LocalDate.now(this.clock.withZone(zone(tenant, siteId)));
	}

	public ZoneId zone(TenantId tenant, UUID siteId) {
		String zone = this.structure.findNode(tenant, siteId).map(StructureNode::timeZone).orElse(null);
		return (zone != null) ? ZoneId.of(zone) : USUAL_ZONE;
	}

	/** The site, when it is one of the tenant's sites; otherwise the reason by field. */
	public @Nullable UUID site(TenantId tenant, @Nullable UUID siteId, String field, List<FieldError> errors) {
		if (siteId == null) {
			errors.add(new FieldError(field, "problem.field.required"));
			return null;
		}
		StructureNode node = this.structure.findNode(tenant, siteId).orElse(null);
		if (node == null || node.level() != NodeLevel.SITE) {
			errors.add(new FieldError(field, "ehs.inspection.problem.unknown-site", siteId));
			return null;
		}
		return siteId;
	}

	/** The tenant's sites by code. */
	public List<StructureNode> sites(TenantId tenant) {
		return this.structure.sites(tenant);
	}

}
