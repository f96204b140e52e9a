package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One edge of the genealogy: a step took {@code quantity} of {@code from} to make
 * {@code to}.
 *
 * @param stepId the step
 * @param from the consumed lot or serial
 * @param to the lot or serial made
 * @param quantity how much of {@code from} the step consumed
 */
public record Link(UUID stepId, UUID from, UUID to, BigDecimal quantity) {
}
