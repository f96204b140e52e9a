package io.kaiwu.quality.nonconformance;

import java.util.UUID;

import io.kaiwu.quality.nonconformance.kernel.NcrState;
import org.jspecify.annotations.Nullable;

/**
 * Which NCRs to list: in a state, attributed to a supplier, only those with an overdue
 * step or action; each left out means any.
 */
public record NcrFilter(@Nullable NcrState state, @Nullable UUID supplierId, boolean overdueOnly) {
}
