/**
 * Downtime reasons (停机原因): each tenant's reason tree, the reason an operator picks for a
 * stop, the list of stops and their Pareto by reason.
 */
@NullMarked
package io.kaiwu.equipment.downtime;

import org.jspecify.annotations.NullMarked;
