package io.kaiwu.quality.inspection.record;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An inspection record as an inspector opens it.
 *
 * @param planId the inspection plan
 * @param lotNumber the inspected lot; required for receiving inspection
 * @param supplierId the supplier partner; required for receiving inspection, only there
 * @param operator who inspects; the signed-in user when left out
 * @param equipmentId the machine (equipment registry) of an in-process inspection
 * @param subgroups subgroups taken at once, may be none
 */
public record RecordDraft(@Nullable UUID planId, @Nullable String lotNumber, @Nullable UUID supplierId,
		@Nullable String operator, @Nullable UUID equipmentId, @Nullable List<SubgroupDraft> subgroups) {
}
