/**
 * Orders (订单): customer orders, production orders (生产订单) with their work orders (工单) per
 * operation, purchase requisitions (采购申请), and deliveries of finished lots to customer
 * order lines.
 */
@NullMarked
package io.kaiwu.production.order;

import org.jspecify.annotations.NullMarked;
