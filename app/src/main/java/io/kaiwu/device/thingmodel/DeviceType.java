package io.kaiwu.device.thingmodel;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.kaiwu.device.ThingModel;

/**
 * A device type (设备类型) of one tenant with its thing model (物模型).
 *
 * @param id the type's id.
 * @param tenant the tenant it belongs to.
 * @param code unique in the tenant.
 * @param nameZh the Chinese name.
 * @param nameEn the English name; may be empty.
 * @param description may be empty.
 * @param model the properties, events and services.
 * @param createdAt when it was created.
 * @param updatedAt when it last changed.
 */
public record DeviceType(UUID id, UUID tenant, String code, String nameZh, String nameEn, String description,
		ThingModel model, Instant createdAt, Instant updatedAt) {

	public DeviceTypeDraft draft() {
		return new DeviceTypeDraft(this.code, this.nameZh, this.nameEn, this.description, this.model);
	}

	/** The name in the given language (the Chinese one when there is no English name). */
	public String name(Locale locale) {
		return ("en".equals(locale.getLanguage()) && !this.nameEn.isEmpty()) ? this.nameEn : this.nameZh;
	}

}
