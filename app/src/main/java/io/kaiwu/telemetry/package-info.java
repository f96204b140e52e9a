/**
 * Telemetry (遥测数据 / 时序数据): stores every accepted measurement exactly once with its
 * quality, and answers latest values, raw history and aggregated series with buckets
 * aligned in the site's time zone. Two stores behind
 * {@link io.kaiwu.telemetry.TelemetryStore} pass the same contract: DuckDB (the embedded
 * default, chosen by measurement) and PostgreSQL. Protocol adapters will hand it batches;
 * publishes nothing yet.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package io.kaiwu.telemetry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
