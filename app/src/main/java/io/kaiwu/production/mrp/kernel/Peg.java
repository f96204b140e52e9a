package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Part of a planned order that covers one demand (需求追溯).
 *
 * @param demand what needs it
 * @param date the day the demand needs it
 * @param quantity how much of the planned order goes to it
 */
public record Peg(DemandSource demand, LocalDate date, BigDecimal quantity) {
}
