/**
 * The emission factors and standard-coal coefficients a tenant can use: the published
 * ones shipped as data and the tenant's own, checked by the {@code energy.carbon} kernel.
 * Internal to the energy module.
 */
@NullMarked
package io.kaiwu.energy.factor;

import org.jspecify.annotations.NullMarked;
