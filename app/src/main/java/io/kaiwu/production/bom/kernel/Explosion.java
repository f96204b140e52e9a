package io.kaiwu.production.bom.kernel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The multi-level explosion (多级展开) of a BOM: every component down to the purchased items,
 * depth first in line order, with the quantity per unit of its parent and the cumulative
 * quantity for the quantity of the top item asked. Component scrap (损耗率) adds to the
 * quantity needed: 2 per parent at 5 % scrap needs 2.1.
 */
public final class Explosion {

	private static final MathContext EXACT = MathContext.DECIMAL128;

	/** Quantities are kept to six decimals, as they are stored. */
	private static final int SCALE = 6;

	private Explosion() {
	}

	/**
	 * One level of a BOM as the explosion reads it.
	 *
	 * @param version the label of the effective version
	 * @param baseQuantity the quantity of the parent the lines are for
	 * @param lines the components
	 */
	public record Structure(String version, BigDecimal baseQuantity, List<Component> lines) {

		public Structure {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * One line of a BOM.
	 *
	 * @param itemId the component
	 * @param quantity how much per base quantity of the parent
	 * @param scrapPercent expected scrap in percent
	 */
	public record Component(UUID itemId, BigDecimal quantity, BigDecimal scrapPercent) {
	}

	/**
	 * One row of the indented tree.
	 *
	 * @param level 0 for the top item, 1 for its direct components, …
	 * @param itemId the item
	 * @param version the label of the item's own effective BOM; {@literal null} for a
	 * purchased item (no BOM)
	 * @param perParent how much of it one unit of the parent needs, scrap included
	 * ({@code 1} for the top item)
	 * @param scrapPercent the line's scrap in percent (0 for the top item)
	 * @param quantity the cumulative quantity for the top quantity asked
	 */
	public record Row(int level, UUID itemId, @Nullable String version, BigDecimal perParent, BigDecimal scrapPercent,
			BigDecimal quantity) {
	}

	/**
	 * Explodes an item.
	 * @param item the top item
	 * @param quantity how many of it are made
	 * @param bomOf the effective BOM of an item; empty for a purchased item
	 * @return the rows, the top item first
	 * @throws IllegalStateException when the structure has a cycle (saving refuses them)
	 */
	public static List<Row> explode(UUID item, BigDecimal quantity, Function<UUID, Optional<Structure>> bomOf) {
		List<Row> rows = new ArrayList<>();
		walk(item, 0, BigDecimal.ONE, BigDecimal.ZERO, quantity, bomOf, new ArrayList<>(), rows);
		return rows;
	}

	/** How much of a component one unit of its parent needs, scrap included. */
	public static BigDecimal perParent(BigDecimal quantity, BigDecimal baseQuantity, BigDecimal scrapPercent) {
		BigDecimal withScrap = BigDecimal.ONE.add(scrapPercent.movePointLeft(2));
		return quantity.multiply(withScrap, EXACT).divide(baseQuantity, EXACT);
	}

	private static void walk(UUID item, int level, BigDecimal perParent, BigDecimal scrap, BigDecimal quantity,
			Function<UUID, Optional<Structure>> bomOf, List<UUID> path, List<Row> rows) {
		if (path.contains(item)) {
			throw new IllegalStateException("BOM cycle through item " + item);
		}
		Optional<Structure> bom = bomOf.apply(item);
		rows.add(new Row(level, item, bom.map(Structure::version).orElse(null), rounded(perParent), scrap,
				rounded(quantity)));
		if (bom.isEmpty()) {
			return;
		}
		path.add(item);
		for (Component line : bom.get().lines()) {
			BigDecimal per = perParent(line.quantity(), bom.get().baseQuantity(), line.scrapPercent());
			walk(line.itemId(), level + 1, per, line.scrapPercent(), quantity.multiply(per, EXACT), bomOf, path, rows);
		}
		path.remove(path.size() - 1);
	}

	private static BigDecimal rounded(BigDecimal value) {
		BigDecimal r = value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
		return (r.scale() < 0) ? r.setScale(0) : r;
	}

}
