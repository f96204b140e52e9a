/**
 * Inventory on hand (库存) per plant and item, kept as movements with their references:
 * receipts, issues and adjustments with a reason.
 */
@NullMarked
package io.kaiwu.production.stock;

import org.jspecify.annotations.NullMarked;
