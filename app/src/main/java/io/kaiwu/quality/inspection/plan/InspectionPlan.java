package io.kaiwu.quality.inspection.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.quality.inspection.InspectionKind;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An inspection plan (检验计划): what to inspect on one item at one operation, and how.
 *
 * @param itemId the inspected item (master data)
 * @param operation the operation's code or name (过程检验), {@literal null} for receiving and
 * final inspection of the whole item
 * @param kind receiving, in-process or final
 * @param active false: kept for its records, but no new ones are taken
 * @param characteristics in the order an inspector works through them
 */
public record InspectionPlan(UUID id, TenantId tenant, UUID itemId, @Nullable String operation, InspectionKind kind,
		String name, @Nullable String description, boolean active, List<Characteristic> characteristics,
		Instant createdAt, Instant updatedAt) {

	public InspectionPlan {
		characteristics = List.copyOf(characteristics);
	}

	public Optional<Characteristic> characteristic(UUID characteristicId) {
		return this.characteristics.stream().filter((c) -> c.id().equals(characteristicId)).findFirst();
	}

}
