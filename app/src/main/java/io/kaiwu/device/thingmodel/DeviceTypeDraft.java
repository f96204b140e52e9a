package io.kaiwu.device.thingmodel;

import io.kaiwu.device.ThingModel;

/**
 * What a user gives to create or change a device type: the whole thing model document.
 *
 * @param code unique in the tenant; letters, digits and {@code . _ -}.
 * @param nameZh the Chinese name.
 * @param nameEn the English name; may be empty.
 * @param description may be empty.
 * @param model the properties, events and services.
 */
public record DeviceTypeDraft(String code, String nameZh, String nameEn, String description, ThingModel model) {
}
