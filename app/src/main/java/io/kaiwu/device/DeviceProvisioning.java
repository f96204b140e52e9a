package io.kaiwu.device;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * Registration by the devices themselves, for protocols whose devices describe what they
 * report (Sparkplug B births). The connector, not a user, is the actor; every change is
 * audited as {@code system}.
 */
public interface DeviceProvisioning {

	/**
	 * Registers a device, or updates it, from what it announced. The type with
	 * {@code typeCode} is created in the tenant when missing; otherwise its properties
	 * are replaced by these (its events and services stay). A new device is placed on
	 * {@code plantNodeId} and gets a secret nobody knows (it signs in through its
	 * connector); an existing device of the tenant is moved to this type.
	 * @param announcement what the device announced.
	 * @return the device as registered now.
	 * @throws IllegalArgumentException when the key or a property breaks the thing-model
	 * rules, or the key belongs to another tenant's device.
	 */
	DeviceSummary provision(Announcement announcement);

	/**
	 * Whether announced devices of the tenant can be placed on this node of its
	 * enterprise structure.
	 * @param tenant the tenant.
	 * @param plantNodeId a node id.
	 * @return {@literal false} for an unknown node or another tenant's.
	 */
	boolean canPlace(TenantId tenant, UUID plantNodeId);

	/**
	 * What a device announced about itself.
	 *
	 * @param tenant the tenant the device belongs to.
	 * @param plantNodeId where a new device is placed in the enterprise structure.
	 * @param deviceKey the platform-unique key.
	 * @param name the device's name.
	 * @param typeCode the code of its device type in the tenant.
	 * @param typeName the type's name (Chinese and English alike).
	 * @param properties what the device reports.
	 */
	record Announcement(TenantId tenant, UUID plantNodeId, String deviceKey, String name, String typeCode,
			String typeName, List<PropertyDefinition> properties) {

		public Announcement {
			properties = List.copyOf(properties);
		}

	}

}
