/**
 * Energy intensity (能效): comprehensive energy in tce and electricity per tree node or
 * machine and period, divided by the good parts made there ({@code energy.output}) and by
 * the site's output value (产值) entered per month. A figure that cannot be known is
 * missing with the reason.
 */
@NullMarked
package io.kaiwu.energy.intensity;

import org.jspecify.annotations.NullMarked;
