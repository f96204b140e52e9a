/**
 * Devices (设备（物联设备）) and device types with their thing model (物模型): properties (属性) with
 * data type, unit, valid range and precision, events (事件) and services (服务（指令）) with
 * parameters. A device has a key unique on the whole platform, a type, a place in the
 * enterprise structure, a secret (32 random bytes, shown once, rotatable; only its
 * SHA-256 is stored), an online state and a last-seen time. Thing models are exported and
 * imported as JSON; devices are imported from Excel or CSV with a row-by-row report.
 * <p>
 * Connectivity modules (MQTT, HTTP ingest, Sparkplug B, OPC UA, Modbus, the simulator)
 * use {@link io.kaiwu.device.DeviceRegistry}: {@code authenticate(key, secret)},
 * {@code findByKey(key)} with the thing model to validate telemetry against,
 * {@code markSeen}/{@code markOffline}, which publish
 * {@link io.kaiwu.device.DeviceWentOnline}/{@link io.kaiwu.device.DeviceWentOffline}.
 * Every 30 seconds an offline sweep marks online devices offline that were silent longer
 * than {@code kaiwu.device.offline-after} (five minutes by default). Demo devices get
 * random secrets that nobody knows; a simulator obtains working ones by calling
 * {@code DeviceRegistry.issueSecret(key)} for each demo device (keys {@code demo-cnc-01}
 * … {@code demo-cnc-04}, {@code demo-imm-01} … {@code demo-imm-04},
 * {@code demo-pm-cnc-01} …), which rotates the secret and returns the new one once.
 * <p>
 * Commands: a user calls a service of the thing model on a device; the device module
 * checks the parameters and sends the command through a
 * {@link io.kaiwu.device.CommandTransport} that a connectivity module implements (so
 * device never depends on connectivity), and the transport hands the device's answer to
 * {@link io.kaiwu.device.CommandReplies}. Commands and their outcome are kept and audited
 * ({@code device-command}).
 * <p>
 * Publishes {@link io.kaiwu.device.DeviceRegistered},
 * {@link io.kaiwu.device.DeviceTypeChanged}, the online/offline events and a
 * {@link io.kaiwu.shared.ChangeRecorded} for every change (never the secret or its hash);
 * listens to {@link io.kaiwu.tenancy.DemoTenantCreated} to seed the demo plant's devices;
 * implements {@link io.kaiwu.shared.StructureReferences} so a node with devices cannot be
 * deleted.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
@NullMarked
package io.kaiwu.device;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
