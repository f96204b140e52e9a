/**
 * Maintenance (设备维护维修): maintenance orders (维修工单; not production's 工单) made by hand, from
 * an alarm or from a plan, with checklist, spare parts, labour and closure notes;
 * maintenance plans by calendar, runtime hours or part count that create preventive
 * orders when due; MTBF and MTTR per machine; planned maintenance windows that suppress
 * the alarms of a machine's device.
 * <p>
 * Listens to {@link io.kaiwu.equipment.MachineStateChanged} (running hours),
 * {@link io.kaiwu.equipment.PartsCounted} (parts made) and
 * {@link io.kaiwu.equipment.DowntimeEnded} (failures and repair times), keeping its own
 * usage meter per machine. Implements {@link io.kaiwu.alarm.MaintenanceWindows}. Reads
 * machines through {@link io.kaiwu.equipment.EquipmentCatalog}, alarms through
 * {@link io.kaiwu.alarm.AlarmLookup} and spare parts through
 * {@link io.kaiwu.masterdata.ItemCatalog}. Publishes a
 * {@link io.kaiwu.shared.ChangeRecorded} for every change ({@code maintenance-order},
 * {@code maintenance-plan}). See {@code docs/maintenance.md}.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "equipment", "alarm", "masterdata", "health" })
@NullMarked
package io.kaiwu.maintenance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
