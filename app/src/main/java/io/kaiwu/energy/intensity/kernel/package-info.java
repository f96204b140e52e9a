/**
 * Energy intensity in plain Java: comprehensive energy (综合能耗) in tce from every carrier
 * with its GB/T 2589 coefficient, and ratios to output (kWh per good part, tce and kWh
 * per 万元 of output value). A figure that cannot be known is {@link Figure#missing} with
 * its {@link Gap}, never zero and never infinite.
 */
@NullMarked
package io.kaiwu.energy.intensity.kernel;

import org.jspecify.annotations.NullMarked;
