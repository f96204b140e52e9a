package io.kaiwu.energy.meter;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A new meter as asked for; {@link ManagingMeters} checks every field.
 *
 * @param code unique in the tenant, letters, digits, {@code -_.}
 * @param name its name
 * @param kind ELECTRICITY, WATER, NATURAL_GAS, STEAM or COMPRESSED_AIR
 * @param unit one of the kind's units (kWh, MWh, m3, Nm3, t, kg, GJ)
 * @param nodeId the structure node it meters
 * @param parentId the meter upstream in the metering tree, if any
 * @param deviceId for a physical meter, the device reporting its counter
 * @param counterProperty the numeric device property holding the counter
 * @param readingPeriodMinutes how often it is read, 15 when left out
 * @param counterMaximum the register's highest value, when it wraps
 * @param resetBelow a drop to this value or below counts as a reset
 * @param terms for a virtual meter, what it adds and subtracts (then no device)
 */
public record MeterDraft(@Nullable String code, @Nullable String name, @Nullable String kind, @Nullable String unit,
		@Nullable UUID nodeId, @Nullable UUID parentId, @Nullable UUID deviceId, @Nullable String counterProperty,
		@Nullable Integer readingPeriodMinutes, @Nullable BigDecimal counterMaximum, @Nullable BigDecimal resetBelow,
		@Nullable List<TermDraft> terms) {

	/**
	 * One meter of a virtual meter.
	 *
	 * @param meterCode the code of a meter of the same kind
	 * @param subtract whether it is subtracted (added when left out)
	 */
	public record TermDraft(@Nullable String meterCode, @Nullable Boolean subtract) {
	}

}
