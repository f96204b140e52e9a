package io.kaiwu.quality.inspection.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.quality.inspection.SubgroupRecorded;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One stored subgroup (子组) of one characteristic.
 *
 * @param recordId the inspection record it belongs to (manual subgroups)
 * @param deviceId the device it was measured by (telemetry subgroups)
 * @param values measured values of a variable characteristic, in the order taken
 * @param inspected units inspected: the values' count, or the attribute count
 * @param nonconforming units found nonconforming (attribute)
 * @param defects defects counted, all types together (attribute)
 * @param defectCounts defects by type (attribute)
 * @param outOfSpec measured values outside the spec limits when they were taken
 */
public record Subgroup(UUID id, TenantId tenant, UUID characteristicId, @Nullable UUID recordId, SubgroupSource source,
		@Nullable UUID deviceId, Instant takenAt, List<Double> values, int inspected, int nonconforming, int defects,
		Map<String, Integer> defectCounts, int outOfSpec, Instant recordedAt) {

	public Subgroup {
		values = List.copyOf(values);
		defectCounts = Map.copyOf(defectCounts);
	}

	/**
	 * The event the charts hear: for a variable characteristic its values, for an
	 * attribute one its counts (all 0 for a variable, as the contract says).
	 */
	SubgroupRecorded recorded() {
		if (!this.values.isEmpty()) {
			return new SubgroupRecorded(this.tenant, this.id, this.characteristicId, this.takenAt, this.values, 0, 0,
					0);
		}
		return new SubgroupRecorded(this.tenant, this.id, this.characteristicId, this.takenAt, List.of(),
				this.inspected, this.nonconforming, this.defects);
	}

}
