package io.kaiwu.device;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A device as the connectivity and telemetry modules see it: its tenant, place, type and
 * the type's thing model, to check incoming values against.
 *
 * @param tenant the tenant the device belongs to.
 * @param deviceId the device's id.
 * @param deviceKey its platform-unique key.
 * @param name display name.
 * @param typeId the device type.
 * @param typeCode the device type's code.
 * @param nodeId the node of the enterprise structure it is placed on.
 * @param online whether it is online now.
 * @param lastSeenAt when it last sent anything; {@literal null} when never.
 * @param thingModel the thing model of its type.
 */
public record DeviceSummary(TenantId tenant, UUID deviceId, String deviceKey, String name, UUID typeId, String typeCode,
		UUID nodeId, boolean online, @Nullable Instant lastSeenAt, ThingModel thingModel) {

	/** The property definitions of the device's type, to validate telemetry with. */
	public List<PropertyDefinition> properties() {
		return this.thingModel.properties();
	}

}
