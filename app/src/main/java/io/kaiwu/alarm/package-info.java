/**
 * Rules and alarms (规则与告警): rules over the measurements of a device type or of one device
 * (threshold, range, rate of change, sustained, no data, an expression over several
 * properties in a small sandboxed language), each with a severity, a deadband and message
 * templates in Chinese and English, and alarms with the ISA-18.2 states: acknowledgement
 * and clearing are independent, an alarm is closed when it is both. At most one alarm per
 * rule (or condition) and originator is open at a time, in memory and in the database. A
 * rule's alarm raised while a {@link io.kaiwu.alarm.MaintenanceWindows maintenance
 * window} is open is suppressed by design; more new alarms per device and window than the
 * storm limit are folded into one storm alarm.
 * <p>
 * Rules are evaluated off the ingestion path and beside the store, not after it: the
 * evaluation takes {@link io.kaiwu.telemetry.MeasurementsAccepted} (values that passed
 * the checks, just before the group commit) through
 * {@link io.kaiwu.telemetry.AcceptedMeasurements} and only hands the events of devices
 * that a rule watches to the module's own bounded queue and single evaluation thread
 * ({@link io.kaiwu.telemetry.MeasurementsWorker}; a full queue holds the connector back,
 * bounded), so an alarm does not wait for the store's commit. Other modules raise and
 * clear alarms with their own originator through {@link io.kaiwu.alarm.Alarms}. Publishes
 * {@link io.kaiwu.alarm.AlarmRaised}, {@link io.kaiwu.alarm.AlarmAcknowledged} and
 * {@link io.kaiwu.alarm.AlarmCleared}. REST under {@code /api/v1/alarm-rules} and
 * {@code /api/v1/alarms}; pages {@code /alarms} and {@code /alarm-rules}.
 */
@ApplicationModule(allowedDependencies = { "shared", "device", "telemetry", "tenancy" })
@NullMarked
package io.kaiwu.alarm;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
