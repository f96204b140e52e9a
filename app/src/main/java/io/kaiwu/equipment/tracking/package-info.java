/**
 * Machine states from telemetry, off the ingestion path: the listener of
 * {@link io.kaiwu.telemetry.MeasurementsStored} only hands the event to the module's own
 * bounded queue; one thread reads each machine's signals through its mapping and records
 * state changes and part counts.
 */
@NullMarked
package io.kaiwu.equipment.tracking;

import org.jspecify.annotations.NullMarked;
