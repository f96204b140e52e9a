package io.kaiwu.telemetry;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One accepted value of one property of one device at one time. Numbers and booleans (1
 * or 0) are kept as {@code number}, strings and enum states as {@code text}.
 *
 * @param tenant whose device.
 * @param device the device.
 * @param property the thing model's property identifier.
 * @param ts when it was measured (microsecond precision).
 * @param number the numeric value, or {@literal null} for a text value.
 * @param text the text value, or {@literal null} for a number.
 * @param quality how far it can be trusted.
 */
public record Measurement(TenantId tenant, UUID device, String property, Instant ts, @Nullable Double number,
		@Nullable String text, Quality quality) {

	public Measurement {
		Objects.requireNonNull(tenant, "tenant");
		Objects.requireNonNull(device, "device");
		Objects.requireNonNull(property, "property");
		Objects.requireNonNull(ts, "ts");
		Objects.requireNonNull(quality, "quality");
		ts = ts.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	public static Measurement number(TenantId tenant, UUID device, String property, Instant ts, double value,
			Quality quality) {
		return new Measurement(tenant, device, property, ts, value, null, quality);
	}

	public static Measurement text(TenantId tenant, UUID device, String property, Instant ts, String value,
			Quality quality) {
		return new Measurement(tenant, device, property, ts, null, value, quality);
	}

}
