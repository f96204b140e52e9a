package io.kaiwu.device.registry;

import java.util.UUID;

/**
 * What a user gives to register or change a device.
 *
 * @param key unique on the platform; ignored on a change (a key cannot be changed).
 * @param name display name.
 * @param description may be empty.
 * @param typeId its device type.
 * @param nodeId the structure node it is placed on.
 */
public record DeviceDraft(String key, String name, String description, UUID typeId, UUID nodeId) {
}
