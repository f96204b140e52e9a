package io.kaiwu.masterdata.partner;

import io.kaiwu.masterdata.DataGrade;
import org.jspecify.annotations.Nullable;

/**
 * What a user gives to create or change a business partner.
 *
 * @param code unique in the tenant.
 * @param name display name.
 * @param supplier whether it supplies the tenant.
 * @param supplierTier its supplier tier (供应商层级: 1 = direct supplier); only for a
 * supplier.
 * @param customer whether it buys from the tenant.
 * @param contactPerson may be empty.
 * @param phone may be empty.
 * @param email may be empty.
 * @param region country or region (国家/地区); may be empty.
 * @param grade the data grade.
 */
public record PartnerDraft(String code, String name, boolean supplier, @Nullable Integer supplierTier, boolean customer,
		String contactPerson, String phone, String email, String region, DataGrade grade) {
}
