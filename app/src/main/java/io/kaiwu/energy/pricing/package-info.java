/**
 * The tenant's time-of-use tariffs, stored and checked with the {@code energy.tariff}
 * kernel, and what an interval's consumption costs under one. Internal to the energy
 * module.
 */
@NullMarked
package io.kaiwu.energy.pricing;

import org.jspecify.annotations.NullMarked;
