/**
 * Telemetry (遥测数据 / 时序数据): stores every accepted measurement exactly once with its
 * quality, and answers latest values, raw history and aggregated series with buckets
 * aligned in the site's time zone. Two stores behind
 * {@link io.kaiwu.telemetry.TelemetryStore} pass the same contract: DuckDB (the embedded
 * default, chosen by measurement) and PostgreSQL. Protocol adapters hand it messages
 * through {@link io.kaiwu.telemetry.TelemetryIngestion}, which checks every value against
 * the device's thing model ({@code device}), keeps what fails in a bounded dead-letter
 * list and marks the device seen. HTTP ingest ({@code POST
 * /api/v1/devices/{key}/telemetry} with HTTP Basic), the read endpoints and the nightly
 * retention job live here too; the site's time zone comes from {@code tenancy}. The
 * device page loads the live panel ({@code /telemetry/devices/{key}/panel}): latest
 * values pushed by server-sent events and a history chart. The dead-letter list is also a
 * page ({@code /dead-letters}, engineers and admins, paged, newest first). Hands
 * {@link io.kaiwu.telemetry.MeasurementsAccepted} (values that passed the checks, before
 * the store's commit) to every {@link io.kaiwu.telemetry.AcceptedMeasurements} (alarm
 * rules; a direct call) and publishes {@link io.kaiwu.telemetry.MeasurementsStored}
 * (durable; live views, machine states, health) in process only (a synchronous
 * notification, not kept in the event publication registry); modules that work on every
 * measurement take them off the ingest path with a
 * {@link io.kaiwu.telemetry.MeasurementsWorker} (their own bounded queue, thread and
 * meters).
 */
@ApplicationModule(allowedDependencies = { "shared", "device", "tenancy" })
@NullMarked
package io.kaiwu.telemetry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
