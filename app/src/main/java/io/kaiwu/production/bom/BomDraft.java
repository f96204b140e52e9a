package io.kaiwu.production.bom;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a client sends to create or change a BOM version.
 *
 * @param itemId the parent item
 * @param version its label, for example {@code A}
 * @param baseQuantity the quantity of the parent the lines are for; {@literal null} for 1
 * @param validFrom the first day it is effective
 * @param validTo the last day it is effective; {@literal null} for open-ended
 * @param lines the components
 */
public record BomDraft(@Nullable UUID itemId, @Nullable String version, @Nullable BigDecimal baseQuantity,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable List<Line> lines) {

	/**
	 * One component line.
	 *
	 * @param componentItemId the component item
	 * @param quantity how much per base quantity of the parent
	 * @param scrapPercent expected scrap in percent; {@literal null} for 0
	 */
	public record Line(@Nullable UUID componentItemId, @Nullable BigDecimal quantity,
			@Nullable BigDecimal scrapPercent) {
	}

}
