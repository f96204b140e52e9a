package io.kaiwu.quality.inspection.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.inspection.InspectionCompleted;
import io.kaiwu.quality.inspection.InspectionKind;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An inspection record (检验记录): one inspection on a plan, of a lot when it names one.
 *
 * @param itemId the plan's item when the record was opened
 * @param kind the plan's kind when the record was opened
 * @param lotNumber the inspected lot (批号)
 * @param supplierId the supplier of a receiving inspection (a master-data partner)
 * @param operator who inspected
 * @param equipmentId the machine of an in-process inspection, when named
 * @param sampleSize units inspected, as the verdict stated it
 * @param rejected units found nonconforming, as the verdict stated it
 * @param subgroups its subgroups, oldest first
 */
public record InspectionRecord(UUID id, TenantId tenant, UUID planId, UUID itemId, InspectionKind kind,
		@Nullable String operation, @Nullable String lotNumber, @Nullable UUID supplierId, @Nullable String operator,
		@Nullable UUID equipmentId, RecordStatus status, @Nullable Integer sampleSize, @Nullable Integer rejected,
		@Nullable String verdictNote, Instant startedAt, @Nullable Instant completedAt, @Nullable String completedBy,
		List<Subgroup> subgroups) {

	public InspectionRecord {
		subgroups = List.copyOf(subgroups);
	}

	public boolean open() {
		return this.status == RecordStatus.OPEN;
	}

	/** The event of a completed record; empty while it is open. */
	java.util.Optional<InspectionCompleted> completed() {
		if (open() || this.completedAt == null || this.sampleSize == null || this.rejected == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional
			.of(new InspectionCompleted(this.tenant, this.id, this.kind, this.itemId, this.lotNumber, this.supplierId,
					this.completedAt, this.sampleSize, this.rejected, this.status == RecordStatus.ACCEPTED));
	}

}
