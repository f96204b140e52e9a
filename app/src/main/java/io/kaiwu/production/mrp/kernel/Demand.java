package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A gross requirement: a quantity of an item needed on a day.
 *
 * @param itemId the item
 * @param date the day it is needed
 * @param quantity how much, more than zero
 * @param source what needs it
 */
public record Demand(UUID itemId, LocalDate date, BigDecimal quantity, DemandSource source) {
}
