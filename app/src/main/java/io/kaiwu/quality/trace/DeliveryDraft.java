package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a user gives to record a delivery.
 *
 * @param deliveryNumber the delivery number
 * @param customerId the customer's id, or
 * @param customerCode the customer's code
 * @param deliveredOn the date, {@code yyyy-MM-dd}
 * @param lines the lots and serials delivered
 */
public record DeliveryDraft(@Nullable String deliveryNumber, @Nullable UUID customerId, @Nullable String customerCode,
		@Nullable String deliveredOn, @Nullable List<LineDraft> lines) {

	/**
	 * One delivered lot or serial.
	 *
	 * @param unitId the lot or serial
	 * @param quantity how much; a serial's may be left out (1)
	 */
	public record LineDraft(@Nullable UUID unitId, @Nullable BigDecimal quantity) {
	}

}
