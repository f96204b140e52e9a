package io.kaiwu.device;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An input or output parameter of a service, or an output of an event.
 *
 * @param identifier matches {@code [a-zA-Z][a-zA-Z0-9_]{0,63}}, unique in its list.
 * @param nameZh the Chinese name.
 * @param nameEn the English name; may be empty.
 * @param dataType the data type.
 * @param unit the unit symbol, for example {@code rpm}; may be empty.
 * @param min the smallest valid value (numbers only); {@literal null} for none.
 * @param max the largest valid value (numbers only); {@literal null} for none.
 * @param precision decimal places (0 to 10, decimal numbers only); {@literal null} for
 * none.
 * @param enumValues the allowed values of an {@link DataType#ENUM}; empty otherwise.
 */
public record ParameterDefinition(String identifier, String nameZh, String nameEn, DataType dataType, String unit,
		@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable Integer precision, List<String> enumValues) {

	public ParameterDefinition {
		enumValues = List.copyOf(enumValues);
	}

}
