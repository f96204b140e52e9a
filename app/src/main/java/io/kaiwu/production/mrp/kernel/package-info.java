/**
 * The MRP calculation in plain Java: low-level codes, gross-to-net netting per day
 * against on hand, safety stock and scheduled receipts, lot sizing, lead-time offsetting
 * on a working calendar, explosion of planned orders through the BOM with scrap, and
 * pegging of every planned order to the demand it covers.
 */
@NullMarked
package io.kaiwu.production.mrp.kernel;

import org.jspecify.annotations.NullMarked;
