package io.kaiwu.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/** What other modules may ask about a tenant's enterprise structure. */
public interface EnterpriseStructure {

	/**
	 * A node of the tenant's structure.
	 * @param tenant must not be {@literal null}.
	 * @param node must not be {@literal null}.
	 * @return empty when the node does not exist in this tenant.
	 */
	Optional<StructureNode> findNode(TenantId tenant, UUID node);

	/**
	 * The tenant's sites, ordered by code.
	 * @param tenant must not be {@literal null}.
	 */
	List<StructureNode> sites(TenantId tenant);

	/**
	 * The whole structure of the tenant, parents before children.
	 * @param tenant must not be {@literal null}.
	 */
	List<StructureNode> allNodes(TenantId tenant);

}
