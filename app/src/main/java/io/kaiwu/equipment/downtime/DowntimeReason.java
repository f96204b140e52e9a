package io.kaiwu.equipment.downtime;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A reason for a stop, in a tree: 设备故障 › 机械故障.
 *
 * @param parentId the reason above it; {@literal null} at the top
 * @param code short code, unique in the tenant
 */
public record DowntimeReason(UUID id, TenantId tenant, @Nullable UUID parentId, String code, String nameZh,
		String nameEn, int sortOrder, Instant createdAt) {

	/** The name in the viewer's language. */
	public String name(Locale locale) {
		return ("en".equals(locale.getLanguage()) && !this.nameEn.isEmpty()) ? this.nameEn : this.nameZh;
	}

}
