package io.kaiwu.energy.meter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.energy.metering.CounterSettings;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A meter (计量表) as stored.
 *
 * @param id its id
 * @param tenant its tenant
 * @param code unique in the tenant
 * @param name its name
 * @param kind what it measures
 * @param unit what it counts in, one of the kind's units
 * @param nodeId the node of the enterprise structure it meters
 * @param parentId the meter upstream of it in the metering tree, of the same kind
 * @param virtual whether it is made of other meters instead of reading a counter
 * @param deviceId for a physical meter, the device that reports its counter
 * @param counterProperty the device property holding the cumulative counter
 * @param readingPeriodMinutes how often the counter is read (15 by default)
 * @param counterMaximum the register's highest value, when it wraps
 * @param resetBelow a drop to this value or below counts as a reset
 * @param terms for a virtual meter, what it adds and subtracts
 * @param createdAt when it was created
 */
public record Meter(UUID id, TenantId tenant, String code, String name, MeterKind kind, MeteringUnit unit, UUID nodeId,
		@Nullable UUID parentId, boolean virtual, @Nullable UUID deviceId, @Nullable String counterProperty,
		@Nullable Integer readingPeriodMinutes, @Nullable BigDecimal counterMaximum, @Nullable BigDecimal resetBelow,
		List<Term> terms, Instant createdAt) {

	public Meter {
		terms = List.copyOf(terms);
	}

	/** How its counter behaves; read every 15 minutes when nothing was said. */
	public CounterSettings counterSettings() {
		int minutes = (this.readingPeriodMinutes != null) ? this.readingPeriodMinutes : 15;
		return new CounterSettings(Duration.ofMinutes(minutes), this.counterMaximum, this.resetBelow);
	}

	/**
	 * One meter a virtual meter adds or subtracts.
	 *
	 * @param meterId the meter
	 * @param meterCode its code
	 * @param subtract whether it is subtracted
	 */
	public record Term(UUID meterId, String meterCode, boolean subtract) {
	}

}
