/**
 * Multi-plant allocation (多工厂分配): which plant should make an order, ranked by whether it
 * can be on time, what it costs on the plant's resources and when it would finish behind
 * the work already released there; allocating a customer order line creates its
 * production order in the chosen plant.
 */
@NullMarked
package io.kaiwu.production.allocation;

import org.jspecify.annotations.NullMarked;
