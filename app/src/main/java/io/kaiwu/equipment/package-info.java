/**
 * Equipment (设备): the registry, machine states from signals, OEE (设备综合效率), the live
 * board, downtime reasons and documents.
 * <p>
 * Each machine's signal mapping ({@code signals}) says which device property gives its
 * state and which count its parts. The listener of
 * {@link io.kaiwu.telemetry.MeasurementsStored} only hands the event to the module's own
 * bounded queue; one thread ({@code tracking}) records state intervals and part counts
 * ({@code timeline}) and publishes {@link io.kaiwu.equipment.MachineStateChanged},
 * {@link io.kaiwu.equipment.DowntimeStarted}, {@link io.kaiwu.equipment.DowntimeEnded}
 * and {@link io.kaiwu.equipment.PartsCounted} in the same transaction. It listens to
 * {@link io.kaiwu.equipment.ReportedOutput}, whose counts replace the counters'. OEE per
 * shift or day ({@code effectiveness}) lays the intervals over the site's shift calendar
 * ({@link io.kaiwu.masterdata.SiteWorkingTime}) and hands each period to the plain-Java
 * kernel in {@link io.kaiwu.equipment.oee}. The board ({@code board}) reads open alarms
 * through {@link io.kaiwu.alarm.AlarmLookup} and latest values through
 * {@link io.kaiwu.telemetry.TelemetryStore}. See {@code docs/equipment.md}.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "device", "telemetry", "masterdata", "alarm" })
@NullMarked
package io.kaiwu.equipment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
