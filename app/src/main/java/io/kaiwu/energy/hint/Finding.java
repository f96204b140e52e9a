package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What the data says could be saved, before anyone acted on it.
 *
 * @param tenant whose
 * @param kind what to do
 * @param subjectId the meter, machine or compressor device it is about
 * @param subjectCode its code (or device key)
 * @param subjectName its name
 * @param moneyPerMonth the money a month it would save at the site's tariff;
 * {@literal null} when the site has no tariff
 * @param kWhPerMonth the electricity a month it would save (moved, for a valley shift)
 * @param tcePerMonth the standard coal of those kWh; {@literal null} for a shift, which
 * saves money, not energy
 * @param figures what it was worked out from, by name (null where not known)
 * @param evidence the series behind it
 * @param observedFrom the start of the data looked at
 * @param observedTo its end
 */
public record Finding(TenantId tenant, SuggestionKind kind, UUID subjectId, String subjectCode, String subjectName,
		@Nullable BigDecimal moneyPerMonth, @Nullable BigDecimal kWhPerMonth, @Nullable BigDecimal tcePerMonth,
		Map<String, @Nullable BigDecimal> figures, Evidence evidence, Instant observedFrom, Instant observedTo) {

	public Finding {
		figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
	}

}
