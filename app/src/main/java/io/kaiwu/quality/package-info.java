/**
 * Quality (质量智能检测 + 供应链产品质量追溯): inspection plans and records (receiving, in-process,
 * final; by hand, over REST or from telemetry), statistical process control (control
 * charts with phase I limits frozen for phase II, Western Electric and Nelson rules
 * raised as quality alarms, process capability), defects, nonconformance reports with 8D
 * / CAPA, lot and serial traceability with product identifiers, and a supplier quality
 * score.
 * <p>
 * Raises and clears its alarms through {@link io.kaiwu.alarm.Alarms} with its own
 * originators; reads items and partners from master data, machines from equipment and
 * their telemetry from the telemetry store. See {@code docs/quality.md}.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "tenancy", "masterdata", "device", "telemetry", "alarm", "equipment" })
@NullMarked
package io.kaiwu.quality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
