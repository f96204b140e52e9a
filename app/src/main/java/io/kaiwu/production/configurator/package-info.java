/**
 * The product configurator (产品配置器, C2M light): configurable products with option groups,
 * options that change the BOM and the routing, and REQUIRES / EXCLUDES rules; a valid
 * selection becomes a variant item with its own BOM and routing, a customer order and a
 * released production order that planning schedules like any other.
 */
@NullMarked
package io.kaiwu.production.configurator;

import org.jspecify.annotations.NullMarked;
