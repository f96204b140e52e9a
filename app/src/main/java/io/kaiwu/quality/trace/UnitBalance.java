package io.kaiwu.quality.trace;

import java.math.BigDecimal;

/**
 * What is left of a lot or serial: what it held, less what steps consumed and what was
 * delivered.
 *
 * @param quantity what it held when received or made
 * @param consumed taken by production steps
 * @param delivered delivered to customers
 */
public record UnitBalance(BigDecimal quantity, BigDecimal consumed, BigDecimal delivered) {

	public BigDecimal remaining() {
		return this.quantity.subtract(this.consumed).subtract(this.delivered).stripTrailingZeros();
	}

}
