package io.kaiwu.quality.identifier.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What anyone holding the label may read about a lot or serial. Nothing else leaves the
 * tenant: no quantities, machines, operators, customers, deliveries, inspections or
 * supplier batch numbers.
 *
 * @param identifier the identifier
 * @param form LOT or SERIAL
 * @param stage PURCHASED, WIP or FINISHED
 * @param number the lot or serial number (it is printed on the label anyway)
 * @param madeOn the day it was made or received
 * @param manufacturer the enterprise the identifier belongs to
 * @param itemCode the item's code, only when the item's data grade is GENERAL
 * @param itemName the item's name, likewise
 * @param supplier the supplier's name of a purchased lot, only when the supplier's data
 * grade is GENERAL
 */
public record PublicRecord(String identifier, String form, String stage, String number, LocalDate madeOn,
		String manufacturer, @Nullable String itemCode, @Nullable String itemName, @Nullable String supplier) {
}
