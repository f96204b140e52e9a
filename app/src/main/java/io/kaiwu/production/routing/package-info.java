/**
 * Routings (工艺路线): per item, versions with effectivity and a product family (产品族); their
 * steps (工序) in a work centre with alternative resources, setup and run times and
 * transfer batches; the setup matrix (换型矩阵) of each work centre by product family; Excel
 * import of routing steps.
 */
@NullMarked
package io.kaiwu.production.routing;

import org.jspecify.annotations.NullMarked;
