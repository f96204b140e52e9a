package io.kaiwu.quality.defect;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which defect records to list: found in {@code [from, to)}, of a code, item, line or
 * supplier; each left out means any.
 */
public record DefectFilter(@Nullable Instant from, @Nullable Instant to, @Nullable UUID codeId, @Nullable UUID itemId,
		@Nullable UUID lineId, @Nullable UUID supplierId) {
}
