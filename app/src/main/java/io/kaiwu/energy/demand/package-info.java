/**
 * Demand (需量): the average power of each quarter hour, the load curve (负荷曲线) of a day and
 * the month's peak demand (最大需量), worked out from the electricity meters' counters.
 */
@NullMarked
package io.kaiwu.energy.demand;

import org.jspecify.annotations.NullMarked;
