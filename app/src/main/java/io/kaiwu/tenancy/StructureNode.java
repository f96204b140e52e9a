package io.kaiwu.tenancy;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A node of the enterprise structure as other modules see it.
 *
 * @param id the node's id.
 * @param parentId the node above it; {@literal null} for a site.
 * @param level site, area, line or work unit.
 * @param code short code, unique within the tenant.
 * @param name display name.
 * @param timeZone the site's time zone (IANA id); {@literal null} below a site.
 */
public record StructureNode(UUID id, @Nullable UUID parentId, NodeLevel level, String code, String name,
		@Nullable String timeZone) {
}
