package io.kaiwu.masterdata.unit;

import java.time.Instant;
import java.util.UUID;

/**
 * A unit of measure (计量单位) of one tenant.
 *
 * @param id the unit's id.
 * @param tenant the tenant it belongs to.
 * @param code short code, unique in the tenant, for example {@code kg}.
 * @param name display name, for example 千克.
 * @param dimension what it measures.
 * @param createdAt when it was created.
 */
public record Unit(UUID id, UUID tenant, String code, String name, Dimension dimension, Instant createdAt) {

	/** What the audit log keeps. */
	public record Snapshot(String code, String name, Dimension dimension) {
	}

	public Snapshot snapshot() {
		return new Snapshot(this.code, this.name, this.dimension);
	}

}
