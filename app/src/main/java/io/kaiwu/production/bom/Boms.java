package io.kaiwu.production.bom;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * Bills of materials (BOM, 物料清单) as MRP and the configurator read them: one level at a
 * time, the version effective on a date. Multi-level structures are followed by asking
 * again for each component; the BOM refuses cycles when it is saved.
 */
public interface Boms {

	/**
	 * The BOM version of an item that is effective on a day.
	 * @param tenant whose BOM.
	 * @param itemId the parent item (master data).
	 * @param on the day.
	 * @return empty when the item has no BOM effective that day (a purchased item, say).
	 */
	Optional<BomVersion> effective(TenantId tenant, UUID itemId, LocalDate on);

	/**
	 * One version of an item's BOM.
	 *
	 * @param id the version
	 * @param itemId the parent item
	 * @param version its label, for example {@code B}
	 * @param baseQuantity the quantity of the parent the lines are for (usually 1)
	 * @param lines the direct components
	 */
	record BomVersion(UUID id, UUID itemId, String version, BigDecimal baseQuantity, List<BomLine> lines) {

		public BomVersion {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * One component of a BOM.
	 *
	 * @param componentItemId the component item
	 * @param quantity how much per {@link BomVersion#baseQuantity()} of the parent
	 * @param scrapPercent expected component scrap (损耗率) in percent, 0 for none
	 */
	record BomLine(UUID componentItemId, BigDecimal quantity, BigDecimal scrapPercent) {
	}

}
