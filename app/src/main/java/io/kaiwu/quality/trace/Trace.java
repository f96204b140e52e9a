package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A backward and forward trace from one lot or serial: the graph (nodes and edges), a
 * flat table with one row per lot, serial and delivery line, the production steps with
 * their machines, operators and telemetry, the deliveries at risk and the inspections.
 *
 * @param origin the traced lot or serial
 * @param nodes lots, serials, suppliers and deliveries
 * @param edges consumed-into, supplied and delivered links
 * @param rows the flat table
 * @param steps the production steps, backward first
 * @param deliveries the deliveries of the origin and everything made from it
 * @param inspections inspections of the origin and what it was made from
 * @param inspectionsAvailable whether the inspection records could be read
 * @param truncated whether a depth or size limit cut the trace short
 * @param links genealogy links walked
 */
public record Trace(Node origin, List<Node> nodes, List<Edge> edges, List<Row> rows, List<StepView> steps,
		List<DeliveryView> deliveries, List<InspectionView> inspections, boolean inspectionsAvailable,
		boolean truncated, int links) {

	/** Which side of the traced lot something lies on. */
	public enum Direction {

		ORIGIN, BACKWARD, FORWARD

	}

	/**
	 * A node of the graph.
	 *
	 * @param id unique in the trace
	 * @param kind LOT, SERIAL, SUPPLIER or DELIVERY
	 * @param direction which side of the origin
	 * @param column where the graph places it: negative upstream, positive downstream
	 * @param label what the graph writes on it
	 * @param unitId the lot or serial, for lots and serials
	 */
	public record Node(String id, String kind, Direction direction, int column, String label, @Nullable UUID unitId) {
	}

	/**
	 * An edge of the graph, in the direction material flows.
	 *
	 * @param source node id
	 * @param target node id
	 * @param kind CONSUMED (a step took source to make target), SUPPLIED or DELIVERED
	 * @param label operation or delivery number
	 * @param quantity how much flowed
	 */
	public record Edge(String source, String target, String kind, String label, @Nullable BigDecimal quantity) {
	}

	/**
	 * One row of the flat table.
	 *
	 * @param direction which side of the origin
	 * @param depth links from the origin
	 * @param kind LOT, SERIAL or DELIVERY
	 * @param unitId the lot or serial
	 * @param number lot, serial or delivery number
	 * @param stage PURCHASED, WIP, FINISHED (empty for a delivery)
	 * @param itemCode the item's code
	 * @param itemName the item's name
	 * @param quantity the lot's quantity, or the delivered quantity
	 * @param unit the item's unit
	 * @param supplier the supplier's code and name (purchased)
	 * @param supplierBatch the supplier's batch number (purchased)
	 * @param madeAt when made or received
	 * @param madeBy the steps that made it: operation, machine, operator
	 * @param inspections inspection verdicts, e.g. {@code RECEIVING ✔ 0/50}
	 * @param customer the customer's code and name (delivery)
	 * @param deliveredOn the delivery date (delivery)
	 */
	public record Row(Direction direction, int depth, String kind, @Nullable UUID unitId, String number, String stage,
			String itemCode, String itemName, @Nullable BigDecimal quantity, String unit, String supplier,
			String supplierBatch, @Nullable Instant madeAt, String madeBy, String inspections, String customer,
			@Nullable LocalDate deliveredOn) {
	}

	/**
	 * A production step in the trace.
	 *
	 * @param id the step
	 * @param direction BACKWARD when it made the origin or what the origin came from
	 * @param operation the operation
	 * @param machine the machine's code and name, empty when unknown
	 * @param deviceId the machine's device
	 * @param operator who ran it
	 * @param workOrder production's reference
	 * @param startedAt start
	 * @param endedAt end
	 * @param consumed what it consumed, {@code number × quantity unit}
	 * @param produced what it made
	 * @param telemetry the machine's numeric signals around the step (backward steps)
	 * @param telemetryFrom start of the telemetry window
	 * @param telemetryTo end of the telemetry window
	 */
	public record StepView(UUID id, Direction direction, String operation, String machine, @Nullable UUID deviceId,
			String operator, String workOrder, Instant startedAt, Instant endedAt, List<String> consumed,
			List<String> produced, List<SignalSummary> telemetry, @Nullable Instant telemetryFrom,
			@Nullable Instant telemetryTo) {
	}

	/**
	 * A delivery at risk.
	 *
	 * @param id the delivery
	 * @param number delivery number
	 * @param customer the customer's code and name
	 * @param deliveredOn the date
	 * @param carried what it carried of the trace, {@code number × quantity unit}
	 */
	public record DeliveryView(UUID id, String number, String customer, LocalDate deliveredOn, List<String> carried) {
	}

	/**
	 * An inspection of a lot in the trace.
	 *
	 * @param number the lot
	 * @param kind RECEIVING, IN_PROCESS or FINAL
	 * @param inspectedAt when
	 * @param sampleSize units inspected
	 * @param rejected units nonconforming
	 * @param accepted the verdict
	 */
	public record InspectionView(String number, String kind, Instant inspectedAt, int sampleSize, int rejected,
			boolean accepted) {
	}

}
