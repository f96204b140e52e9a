package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;

/**
 * A lot-sizing rule (批量规则): how a net requirement becomes order quantities.
 *
 * @param rule the rule
 * @param quantity the rule's quantity: the fixed order quantity, the minimum or the
 * multiple; ignored for lot-for-lot
 */
public record LotSizing(Rule rule, BigDecimal quantity) {

	/** Lot-for-lot, the default. */
	public static final LotSizing LOT_FOR_LOT = new LotSizing(Rule.LOT_FOR_LOT, BigDecimal.ZERO);

	public LotSizing {
		if (rule != Rule.LOT_FOR_LOT && quantity.signum() <= 0) {
			throw new IllegalArgumentException("The " + rule + " rule needs a quantity above zero");
		}
	}

	/** The four rules. */
	public enum Rule {

		/** 按需批量: order exactly the net requirement. */
		LOT_FOR_LOT,
		/**
		 * 固定批量: order lots of exactly the quantity, as many as cover the net requirement.
		 */
		FIXED_ORDER_QUANTITY,
		/** 最小批量: order the net requirement, but at least the quantity. */
		MINIMUM,
		/** 批量倍数: order the net requirement rounded up to a multiple of the quantity. */
		MULTIPLE

	}

	/**
	 * The order quantities that cover a net requirement.
	 * @param net more than zero.
	 * @return one quantity per order; several only for fixed order quantities.
	 */
	public List<BigDecimal> lots(BigDecimal net) {
		return switch (this.rule) {
			case LOT_FOR_LOT -> List.of(net);
			case MINIMUM -> List.of(net.max(this.quantity));
			case MULTIPLE -> List.of(lotsNeeded(net).multiply(this.quantity));
			case FIXED_ORDER_QUANTITY -> Collections.nCopies(lotsNeeded(net).intValueExact(), this.quantity);
		};
	}

	private BigDecimal lotsNeeded(BigDecimal net) {
		return net.divide(this.quantity, 0, RoundingMode.CEILING);
	}

}
