package io.kaiwu.masterdata.unit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A conversion between two units of one dimension: {@code 1 from = factor × to}.
 *
 * @param id the conversion's id.
 * @param tenant the tenant it belongs to.
 * @param fromUnit the unit converted from.
 * @param toUnit the unit converted to.
 * @param factor how many {@code toUnit} make one {@code fromUnit}.
 * @param createdAt when it was created.
 */
public record UnitConversion(UUID id, UUID tenant, UUID fromUnit, UUID toUnit, BigDecimal factor, Instant createdAt) {

	/** What the audit log keeps. */
	public record Snapshot(UUID fromUnit, UUID toUnit, BigDecimal factor) {
	}

	public Snapshot snapshot() {
		return new Snapshot(this.fromUnit, this.toUnit, this.factor);
	}

}
