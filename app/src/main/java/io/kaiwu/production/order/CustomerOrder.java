package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer order (客户订单).
 *
 * @param id the order
 * @param number its number, for example {@code CO-2026-00007}
 * @param customerId the customer (a partner)
 * @param plantId the plant that supplies it
 * @param customerReference the customer's own order number
 * @param note a remark
 * @param createdBy who entered it
 * @param createdAt when
 * @param lines its lines, by line number
 */
public record CustomerOrder(UUID id, String number, UUID customerId, UUID plantId, @Nullable String customerReference,
		@Nullable String note, String createdBy, Instant createdAt, List<Line> lines) {

	public CustomerOrder {
		lines = List.copyOf(lines);
	}

	/**
	 * One line: an item, how much, by when.
	 *
	 * @param id the line
	 * @param lineNo its number from 1
	 * @param itemId the item
	 * @param quantity how much
	 * @param dueDate when the customer needs it
	 * @param priority 1 most urgent .. 9 least; 5 normal
	 * @param delivered how much was delivered so far
	 */
	public record Line(UUID id, int lineNo, UUID itemId, BigDecimal quantity, LocalDate dueDate, int priority,
			BigDecimal delivered) {

		/** What is still to deliver, never below zero. */
		public BigDecimal open() {
			return this.quantity.subtract(this.delivered).max(BigDecimal.ZERO);
		}

	}

}
