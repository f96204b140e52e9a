package io.kaiwu.maintenance.order;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The kinds of entry an order holds besides its own fields: checklist steps, spare parts
 * and labour. Each is removed the same way, so one step serves all three.
 */
public enum OrderChild {

	/** A checklist step (检查项). */
	CHECKLIST("checklist", "maintenance_checklist_item", "checklist-item",
			(o) -> o.checklist().stream().map(ChecklistItem::id).toList()),

	/** A spare part recorded (备件). */
	PARTS("parts", "maintenance_part_used", "part", (o) -> o.parts().stream().map(PartUsed::id).toList()),

	/** A labour entry (工时). */
	LABOUR("labour", "maintenance_labour", "labour", (o) -> o.labour().stream().map(LabourEntry::id).toList());

	private final String path;

	private final String table;

	private final String what;

	private final Function<MaintenanceOrder, List<UUID>> ids;

	OrderChild(String path, String table, String what, Function<MaintenanceOrder, List<UUID>> ids) {
		this.path = path;
		this.table = table;
		this.what = what;
		this.ids = ids;
	}

	/**
	 * The kind named by its part of the REST path ({@code checklist}, {@code parts},
	 * {@code labour}).
	 */
	public static Optional<OrderChild> ofPath(String path) {
		for (OrderChild child : values()) {
			if (child.path.equals(path)) {
				return Optional.of(child);
			}
		}
		return Optional.empty();
	}

	/** The table its entries are kept in. */
	String table() {
		return this.table;
	}

	/** What a missing entry is called in a not-found answer. */
	String what() {
		return this.what;
	}

	/** Whether an order holds an entry of this kind with this id. */
	boolean holds(MaintenanceOrder order, UUID id) {
		return this.ids.apply(order).contains(id);
	}

}
