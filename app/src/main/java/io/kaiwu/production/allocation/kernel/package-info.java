/**
 * The arithmetic of multi-plant allocation: what an order costs and needs in each plant
 * that can make it, when it would finish there behind the work already released, and the
 * ranking of the plants with the reason for each place. Plain Java.
 */
@NullMarked
package io.kaiwu.production.allocation.kernel;

import org.jspecify.annotations.NullMarked;
