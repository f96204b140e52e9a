package io.kaiwu.production.order;

import java.math.BigDecimal;

import io.kaiwu.shared.KaiwuProblem;
import org.jspecify.annotations.Nullable;

/**
 * How far production orders cover a customer order line: what is still to cover is the
 * ordered quantity less what was delivered and less the quantity of the line's production
 * orders that are not cancelled, never below zero.
 *
 * @param orderNumber the customer order's number
 * @param lineNo the line's number
 * @param ordered the line's quantity
 * @param delivered delivered so far
 * @param covered the quantity of the line's production orders that are not cancelled
 */
public record LineCoverage(String orderNumber, int lineNo, BigDecimal ordered, BigDecimal delivered,
		BigDecimal covered) {

	/** What no delivery and no production order covers yet. */
	public BigDecimal toCover() {
		return this.ordered.subtract(this.delivered).subtract(this.covered).max(BigDecimal.ZERO);
	}

	/**
	 * The quantity a new production order for the line makes: the one asked, or all that
	 * is still to cover when none is asked.
	 * @param asked the planner's quantity; a quantity not above zero is passed through
	 * for the field check to refuse.
	 * @return the quantity to make.
	 * @throws KaiwuProblem.Conflict when nothing is left to cover, or when more is asked
	 * than is left; the message gives ordered, covered and still to cover.
	 */
	public BigDecimal quantityFor(@Nullable BigDecimal asked) {
		BigDecimal left = toCover();
		if (left.signum() <= 0) {
			throw new KaiwuProblem.Conflict("mrp.production-order.problem.line-covered", this.orderNumber, this.lineNo,
					plain(this.ordered), plain(this.delivered), plain(this.covered));
		}
		if (asked == null) {
			return left;
		}
		if (asked.compareTo(left) > 0) {
			throw new KaiwuProblem.Conflict("mrp.production-order.problem.line-over-covered", this.orderNumber,
					this.lineNo, plain(asked), plain(this.ordered), plain(this.delivered), plain(this.covered),
					plain(left));
		}
		return asked;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
