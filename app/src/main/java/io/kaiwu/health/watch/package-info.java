/**
 * The health watch: stored measurements of watched machines, on the module's own thread,
 * through each machine's {@link io.kaiwu.health.kernel.HealthMonitor}; assessments and
 * warnings stored, {@link io.kaiwu.health.FailurePredicted} published.
 */
@NullMarked
package io.kaiwu.health.watch;

import org.jspecify.annotations.NullMarked;
