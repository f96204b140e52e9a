package io.kaiwu.ehs.watch;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.ehs.warning.Exceedance;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An exceedance record (超标记录) of a monitored point as stored.
 *
 * @param alarmId the alarm raised for its current grade; {@literal null} if none.
 * @param escalatedAt when the alarm module escalated that alarm (unacknowledged too
 * long); {@literal null} if it has not.
 */
public record StoredExceedance(UUID id, TenantId tenant, UUID pointId, Exceedance exceedance, @Nullable UUID alarmId,
		@Nullable Instant escalatedAt) {

	public StoredExceedance(UUID id, TenantId tenant, UUID pointId, Exceedance exceedance, @Nullable UUID alarmId) {
		this(id, tenant, pointId, exceedance, alarmId, null);
	}

}
