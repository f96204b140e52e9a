/**
 * A period's emissions in plain Java: each carrier's quantity at its emission factor,
 * added up by scope with {@link io.kaiwu.energy.carbon.CarbonFootprint}, incomplete when
 * an emitting carrier has hours missing.
 */
@NullMarked
package io.kaiwu.energy.emission.kernel;

import org.jspecify.annotations.NullMarked;
