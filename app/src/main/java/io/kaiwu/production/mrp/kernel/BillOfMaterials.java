package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The BOM as MRP explodes it: one level, the version effective on a day. */
@FunctionalInterface
public interface BillOfMaterials {

	/**
	 * The direct components of an item.
	 * @param itemId the parent.
	 * @param on the day the components are needed.
	 * @return empty when the item has no BOM that day.
	 */
	Optional<Level> components(UUID itemId, LocalDate on);

	/**
	 * One level of a BOM.
	 *
	 * @param baseQuantity the quantity of the parent the lines are for
	 * @param lines the components
	 */
	record Level(BigDecimal baseQuantity, List<Line> lines) {

		public Level {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * A component.
	 *
	 * @param itemId the component
	 * @param quantity per base quantity of the parent
	 * @param scrapPercent expected component scrap (损耗率) in percent
	 */
	record Line(UUID itemId, BigDecimal quantity, BigDecimal scrapPercent) {
	}

}
