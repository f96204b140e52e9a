package io.kaiwu.production.bom;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A BOM version as the editor shows it: with effectivity and the codes and names of the
 * items.
 *
 * @param id the version
 * @param itemId the parent item
 * @param itemCode its code
 * @param itemName its name
 * @param version the version's label
 * @param baseQuantity the quantity of the parent the lines are for
 * @param validFrom first day effective
 * @param validTo last day effective, {@literal null} for open-ended
 * @param lines the components in order
 * @param updatedBy who last saved it
 * @param updatedAt when
 */
public record BomDetails(UUID id, UUID itemId, String itemCode, String itemName, String version,
		BigDecimal baseQuantity, LocalDate validFrom, @Nullable LocalDate validTo, List<Line> lines, String updatedBy,
		Instant updatedAt) {

	public BomDetails {
		lines = List.copyOf(lines);
	}

	/**
	 * One component line.
	 *
	 * @param position its number, from 1
	 * @param componentItemId the component
	 * @param componentCode its code
	 * @param componentName its name
	 * @param unit the unit it is counted in
	 * @param quantity how much per base quantity
	 * @param scrapPercent expected scrap in percent
	 */
	public record Line(int position, UUID componentItemId, String componentCode, String componentName, String unit,
			BigDecimal quantity, BigDecimal scrapPercent) {
	}

}
