package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a storekeeper gives to deliver finished lots against a customer order line.
 *
 * @param deliveryNumber the delivery note's number
 * @param deliveredOn {@code yyyy-MM-dd}
 * @param lots the finished lots or serials of the line's item
 */
public record DeliveryDraft(@Nullable String deliveryNumber, @Nullable String deliveredOn,
		@Nullable List<LotDraft> lots) {

	/**
	 * One lot or serial.
	 *
	 * @param number its lot or serial number
	 * @param serial true for a serial number (quantity 1)
	 * @param quantity how much of the lot
	 */
	public record LotDraft(@Nullable String number, @Nullable Boolean serial, @Nullable BigDecimal quantity) {
	}

}
