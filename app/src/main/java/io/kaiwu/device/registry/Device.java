package io.kaiwu.device.registry;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A device (设备（物联设备）) of one tenant.
 *
 * @param id the device's id.
 * @param tenant the tenant it belongs to.
 * @param key unique on the whole platform; the device signs in with it.
 * @param name display name.
 * @param description may be empty.
 * @param typeId its device type.
 * @param nodeId the structure node it is placed on (any level).
 * @param secretHash SHA-256 (hex) of its secret; never shown, never audited.
 * @param secretIssuedAt when the current secret was issued.
 * @param online whether it is online now.
 * @param lastSeenAt when it last sent anything; {@literal null} when never.
 * @param createdAt when it was registered.
 * @param updatedAt when it last changed.
 */
public record Device(UUID id, UUID tenant, String key, String name, String description, UUID typeId, UUID nodeId,
		String secretHash, Instant secretIssuedAt, boolean online, @Nullable Instant lastSeenAt, Instant createdAt,
		Instant updatedAt) {

	/** What the audit log keeps: never the secret or its hash. */
	public record Snapshot(String key, String name, String description, UUID typeId, UUID nodeId,
			Instant secretIssuedAt) {
	}

	public Snapshot snapshot() {
		return new Snapshot(this.key, this.name, this.description, this.typeId, this.nodeId, this.secretIssuedAt);
	}

}
