package io.kaiwu.tenancy.structure;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

/**
 * A node of the ISA-95 structure: a site, area, line or work unit of one tenant.
 *
 * @param id the node's id.
 * @param tenant the tenant it belongs to.
 * @param parentId the node above; {@literal null} for a site.
 * @param level its level.
 * @param code short code, unique in the tenant.
 * @param name display name.
 * @param timeZone IANA time zone of a site; {@literal null} below.
 * @param createdAt when it was created.
 * @param updatedAt when it last changed.
 */
public record PlantNode(UUID id, UUID tenant, @Nullable UUID parentId, NodeLevel level, String code, String name,
		@Nullable String timeZone, Instant createdAt, Instant updatedAt) {

	public StructureNode view() {
		return new StructureNode(this.id, this.parentId, this.level, this.code, this.name, this.timeZone);
	}

	PlantNode renamed(String code, String name, @Nullable String timeZone) {
		return new PlantNode(this.id, this.tenant, this.parentId, this.level, code, name, timeZone, this.createdAt,
				Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
	}

	PlantNode movedUnder(UUID parent) {
		return new PlantNode(this.id, this.tenant, parent, this.level, this.code, this.name, this.timeZone,
				this.createdAt, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
	}

}
