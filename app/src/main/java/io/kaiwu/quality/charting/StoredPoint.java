package io.kaiwu.quality.charting;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.quality.spc.Subgroup;

/**
 * A subgroup as the chart keeps it.
 *
 * @param subgroupId the inspection's subgroup
 * @param takenAt when it was taken
 * @param values measured values (variables)
 * @param inspected units inspected (attributes)
 * @param nonconforming units nonconforming (attributes)
 * @param defects defects counted (attributes)
 */
record StoredPoint(UUID subgroupId, Instant takenAt, double[] values, int inspected, int nonconforming, int defects) {

	Subgroup subgroup() {
		return new Subgroup(this.values, this.inspected, this.nonconforming, this.defects);
	}

}
