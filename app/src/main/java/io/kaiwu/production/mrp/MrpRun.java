package io.kaiwu.production.mrp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.mrp.kernel.ItemRecord;
import io.kaiwu.production.mrp.kernel.MrpMessage;
import io.kaiwu.production.mrp.kernel.Peg;
import io.kaiwu.production.mrp.kernel.Procurement;
import org.jspecify.annotations.Nullable;

/**
 * A stored MRP run of one plant.
 *
 * @param id the run
 * @param number its number, for example {@code MRP-2026-00012}
 * @param plantId the plant
 * @param runDate the plant's day it ran on
 * @param workingDays whether lead times counted the plant's working days (true) or
 * calendar days (the plant has no shift calendar)
 * @param inputs what it read
 * @param runBy who ran it
 * @param runAt when
 * @param items the time-phased record per item
 * @param plannedOrders the planned orders
 * @param messages the exception messages
 */
public record MrpRun(UUID id, String number, UUID plantId, LocalDate runDate, boolean workingDays, Inputs inputs,
		String runBy, Instant runAt, List<ItemRecord> items, List<Planned> plannedOrders, List<MrpMessage> messages) {

	public MrpRun {
		items = List.copyOf(items);
		plannedOrders = List.copyOf(plannedOrders);
		messages = List.copyOf(messages);
	}

	/**
	 * What a run read.
	 *
	 * @param demands open customer order lines
	 * @param receipts open production orders and purchase requisitions
	 * @param planningItems items with planning data in the plant
	 */
	public record Inputs(int demands, int receipts, int planningItems) {
	}

	/**
	 * A planned order of the run and what became of it.
	 *
	 * @param number its number in the run
	 * @param itemId the item
	 * @param procurement make or buy
	 * @param quantity how much
	 * @param releaseDate when to release it
	 * @param receiptDate when it must be there
	 * @param pegs the demands it covers
	 * @param firmedAs the production order or purchase requisition it was firmed into
	 */
	public record Planned(int number, UUID itemId, Procurement procurement, BigDecimal quantity, LocalDate releaseDate,
			LocalDate receiptDate, List<Peg> pegs, @Nullable String firmedAs) {

		public Planned {
			pegs = List.copyOf(pegs);
		}

		/** Whether it should have been released before the run's day. */
		public boolean late(LocalDate runDate) {
			return this.releaseDate.isBefore(runDate);
		}

	}

}
