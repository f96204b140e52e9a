/**
 * The OEE kernel: availability × performance × quality and the six big losses, computed
 * from one {@link io.kaiwu.equipment.oee.ProductionPeriod}. No Spring, no I/O.
 */
@NullMarked
package io.kaiwu.equipment.oee;

import org.jspecify.annotations.NullMarked;
