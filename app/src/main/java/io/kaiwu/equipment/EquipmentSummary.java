package io.kaiwu.equipment;

import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A machine as other modules (maintenance, production) see it.
 *
 * @param id the machine's id
 * @param tenant whose machine
 * @param code its code, unique in the tenant
 * @param name display name
 * @param deviceId the device that reports its signals; {@literal null} when not connected
 * @param nodeId the node of the enterprise structure it stands on
 * @param criticality how much a stop hurts (A/B/C)
 */
public record EquipmentSummary(UUID id, TenantId tenant, String code, String name, @Nullable UUID deviceId, UUID nodeId,
		Criticality criticality) {
}
