/** Demand over REST: load curves and monthly peaks, with their CSV. */
@NullMarked
package io.kaiwu.energy.demand.web;

import org.jspecify.annotations.NullMarked;
