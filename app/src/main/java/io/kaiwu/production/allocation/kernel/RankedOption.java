package io.kaiwu.production.allocation.kernel;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A plant in the ranking.
 *
 * @param rank its place from 1
 * @param option its figures
 * @param verdict why it stands there
 * @param costAboveFirst how much more it costs than the first (zero for the first, can be
 * negative for a late plant that is cheaper)
 * @param finishAfterFirst how much later it finishes than the first (zero when it does
 * not or is unknown)
 */
public record RankedOption(int rank, PlantOption option, Verdict verdict, BigDecimal costAboveFirst,
		Duration finishAfterFirst) {
}
