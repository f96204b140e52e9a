package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * A delivery (发货) of finished lots or serials to a customer.
 *
 * @param id the delivery
 * @param tenant whose
 * @param number the delivery number (发货单号), unique in the tenant
 * @param customerId the customer (a master-data partner with the customer role)
 * @param deliveredOn the delivery date
 * @param recordedBy who recorded it
 * @param recordedAt when
 * @param lines what it carried
 */
public record Delivery(UUID id, TenantId tenant, String number, UUID customerId, LocalDate deliveredOn,
		String recordedBy, Instant recordedAt, List<Line> lines) {

	public Delivery {
		lines = List.copyOf(lines);
	}

	/**
	 * One lot or serial on a delivery.
	 *
	 * @param unitId the lot or serial
	 * @param quantity how much of it
	 */
	public record Line(UUID unitId, BigDecimal quantity) {
	}

}
