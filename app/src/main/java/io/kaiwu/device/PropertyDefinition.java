package io.kaiwu.device;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A property (属性) of the thing model: a value a device reports, and that the platform may
 * set when it is writable. Telemetry checks incoming values against it.
 *
 * @param identifier matches {@code [a-zA-Z][a-zA-Z0-9_]{0,63}}, unique in the type.
 * @param nameZh the Chinese name.
 * @param nameEn the English name; may be empty.
 * @param dataType the data type.
 * @param unit the unit symbol, for example {@code °C}; may be empty.
 * @param min the smallest valid value (numbers only); {@literal null} for none.
 * @param max the largest valid value (numbers only); {@literal null} for none.
 * @param precision decimal places (0 to 10, decimal numbers only); {@literal null} for
 * none.
 * @param enumValues the allowed values of an {@link DataType#ENUM}; empty otherwise.
 * @param writable whether the platform may set it (read-only otherwise).
 */
public record PropertyDefinition(String identifier, String nameZh, String nameEn, DataType dataType, String unit,
		@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable Integer precision, List<String> enumValues,
		boolean writable) {

	public PropertyDefinition {
		enumValues = List.copyOf(enumValues);
	}

	/**
	 * Whether a value lies in the valid range; always true for a non-number or when no
	 * range is set.
	 */
	public boolean inRange(BigDecimal value) {
		return (this.min == null || value.compareTo(this.min) >= 0)
				&& (this.max == null || value.compareTo(this.max) <= 0);
	}

}
