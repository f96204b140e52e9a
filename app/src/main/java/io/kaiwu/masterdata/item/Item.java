package io.kaiwu.masterdata.item;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;

/**
 * An item (物料) of one tenant.
 *
 * @param id the item's id.
 * @param tenant the tenant it belongs to.
 * @param code unique in the tenant.
 * @param name display name.
 * @param kind raw material, semi-finished or finished.
 * @param baseUnit the id of the unit it is counted in.
 * @param baseUnitCode that unit's code.
 * @param drawingNumber the drawing number (图号); may be empty.
 * @param specification the specification text (规格); may be empty.
 * @param grade the data grade.
 * @param createdAt when it was created.
 * @param updatedAt when it last changed.
 */
public record Item(UUID id, UUID tenant, String code, String name, ItemKind kind, UUID baseUnit, String baseUnitCode,
		String drawingNumber, String specification, DataGrade grade, Instant createdAt, Instant updatedAt) {

	/** What the audit log keeps. */
	public record Snapshot(String code, String name, ItemKind kind, String baseUnit, String drawingNumber,
			String specification, DataGrade grade) {
	}

	public Snapshot snapshot() {
		return new Snapshot(this.code, this.name, this.kind, this.baseUnitCode, this.drawingNumber, this.specification,
				this.grade);
	}

}
