package io.kaiwu.production.stock;

import java.math.BigDecimal;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * Inventory on hand (库存) per plant and item. MRP nets against it; shop-floor reporting
 * moves it. Every movement is kept with its reference, so on hand is the sum of the
 * movements.
 */
public interface Stock {

	/**
	 * What is on hand.
	 * @param tenant whose stock.
	 * @param plantId the plant.
	 * @param itemId the item.
	 * @return the quantity on hand, zero when none.
	 */
	BigDecimal onHand(TenantId tenant, UUID plantId, UUID itemId);

	/**
	 * Puts a quantity into stock (production output, purchase receipt).
	 * @param tenant whose stock.
	 * @param plantId the plant.
	 * @param itemId the item.
	 * @param quantity more than zero.
	 * @param reference what moved it, for example a work order number.
	 */
	void receive(TenantId tenant, UUID plantId, UUID itemId, BigDecimal quantity, String reference);

	/**
	 * Takes a quantity out of stock (consumption). Refused with a
	 * {@link io.kaiwu.shared.KaiwuProblem} naming what is on hand when there is not
	 * enough.
	 * @param tenant whose stock.
	 * @param plantId the plant.
	 * @param itemId the item.
	 * @param quantity more than zero.
	 * @param reference what moved it, for example a work order number.
	 */
	void issue(TenantId tenant, UUID plantId, UUID itemId, BigDecimal quantity, String reference);

}
