package io.kaiwu.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Genealogy (谱系) as production records it: the lots and serial numbers it makes, and for
 * each production step which of them it consumed, in what quantity, to make which, on
 * which machine, by whom and when. Backward and forward traces are built from these
 * records. A step that would make a cycle, names an unknown lot or consumes more than a
 * lot has left is refused with a {@link io.kaiwu.shared.KaiwuProblem} naming the reason;
 * nothing is stored then.
 */
public interface Genealogy {

	/**
	 * Registers a lot or serial number production made (work in process or finished) and
	 * gives it its product identifier.
	 * @param tenant whose production.
	 * @param made what was made.
	 * @return the new lot's or serial's id.
	 */
	UUID registerMade(TenantId tenant, Made made);

	/**
	 * Records one production step.
	 * @param tenant whose production.
	 * @param step what the step consumed and made.
	 * @return the recorded step's id.
	 */
	UUID recordStep(TenantId tenant, Step step);

	/**
	 * Records a delivery (发货) of finished lots or serials to a customer, where forward
	 * traces end. Refused like a delivery entered in quality: an unknown or unfinished
	 * lot, more than a lot has left, a partner that is not a customer, a delivery number
	 * already used.
	 * @param tenant whose delivery.
	 * @param delivery what was delivered to whom.
	 * @return the recorded delivery's id.
	 */
	UUID recordDelivery(TenantId tenant, Delivered delivery);

	/**
	 * A lot or serial by its item and number.
	 * @param tenant whose lot.
	 * @param form lot or serial.
	 * @param itemId the item (master data).
	 * @param number the lot or serial number.
	 * @return its id; empty when the tenant has none such.
	 */
	Optional<UUID> find(TenantId tenant, Form form, UUID itemId, String number);

	/** A lot (a quantity of one item) or a serial number (one unit). */
	enum Form {

		/** 批次 */
		LOT,
		/** 序列号 */
		SERIAL

	}

	/** Where in the flow of material a lot or serial stands. */
	enum Stage {

		/** 采购件: bought from a supplier, with the supplier's own batch number. */
		PURCHASED,
		/** 在制品: work in process. */
		WIP,
		/** 成品: finished goods, may be delivered to customers. */
		FINISHED

	}

	/**
	 * A lot or serial production made.
	 *
	 * @param form lot or serial
	 * @param stage {@link Stage#WIP} or {@link Stage#FINISHED}
	 * @param itemId the item (master data)
	 * @param number the lot or serial number, unique for the item
	 * @param quantity how much the lot holds, in the item's unit; ignored for a serial
	 * (always 1)
	 * @param madeAt when it was made
	 */
	record Made(Form form, Stage stage, UUID itemId, String number, @Nullable BigDecimal quantity, Instant madeAt) {
	}

	/**
	 * A quantity taken from one lot or serial.
	 *
	 * @param unitId the consumed lot or serial
	 * @param quantity how much, in the item's unit; a serial is consumed whole (1)
	 */
	record Consumed(UUID unitId, BigDecimal quantity) {
	}

	/**
	 * A delivery of finished lots or serials.
	 *
	 * @param deliveryNumber the delivery note's number, unique in the tenant
	 * @param customerId the customer (a master-data partner with the customer role)
	 * @param deliveredOn the day it left
	 * @param delivered the lots and serials with their quantities
	 */
	record Delivered(String deliveryNumber, UUID customerId, LocalDate deliveredOn, List<Consumed> delivered) {

		public Delivered {
			delivered = List.copyOf(delivered);
		}

	}

	/**
	 * One production step.
	 *
	 * @param operation the operation (工序), e.g. {@code OP20 热处理}
	 * @param equipmentId the machine it ran on (equipment), when known
	 * @param operator who ran it, when known
	 * @param workOrder production's work order reference, when there is one
	 * @param startedAt when it started
	 * @param endedAt when it ended; not before {@code startedAt}
	 * @param consumed what it consumed; may be empty
	 * @param produced the lots or serials it made (at least one)
	 */
	record Step(String operation, @Nullable UUID equipmentId, @Nullable String operator, @Nullable String workOrder,
			Instant startedAt, Instant endedAt, List<Consumed> consumed, List<UUID> produced) {

		public Step {
			consumed = List.copyOf(consumed);
			produced = List.copyOf(produced);
		}

	}

}
