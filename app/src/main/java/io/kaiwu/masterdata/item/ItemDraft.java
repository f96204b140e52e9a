package io.kaiwu.masterdata.item;

import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;

/**
 * What a user gives to create or change an item.
 *
 * @param code unique in the tenant.
 * @param name display name.
 * @param kind raw material, semi-finished or finished.
 * @param baseUnit the id of the unit the item is counted in.
 * @param drawingNumber the drawing number (图号); may be empty.
 * @param specification the specification text (规格); may be empty.
 * @param grade the data grade.
 */
public record ItemDraft(String code, String name, ItemKind kind, UUID baseUnit, String drawingNumber,
		String specification, DataGrade grade) {
}
