/**
 * Material requirements planning (MRP, 物料需求计划): item planning data per plant, MRP runs
 * over customer orders, stock and open orders, and the planned orders the planner firms
 * into production orders or turns into purchase requisitions.
 */
@NullMarked
package io.kaiwu.production.mrp;

import org.jspecify.annotations.NullMarked;
