/**
 * Connectivity (设备接入): how devices reach Kaiwu. The embedded MQTT broker
 * ({@code connectivity.mqtt}, plain and optionally TLS): devices sign in with their key
 * and secret, may use only their own topics, and their telemetry is handed to
 * {@link io.kaiwu.telemetry.TelemetryIngestion}, with the QoS 1 acknowledgement sent only
 * after the measurements are stored. An external broker ({@code connectivity.external},
 * off by default): Kaiwu subscribes with a persistent session and acknowledges each
 * message after storing it. HTTP ingest, which telemetry owns, is shown as the connector
 * {@code http} ({@code connectivity.http}). Every connector reports a
 * {@link ConnectorStatus} through {@link Connector}, shown on the connectors page
 * ({@code /connectors}, engineers and admins). The broker marks its connected devices
 * seen every 30 seconds, so the device module's offline sweep
 * ({@code kaiwu.device.offline-after}) leaves quiet but connected devices online; a
 * disconnect marks a device offline at once.
 */
@ApplicationModule(allowedDependencies = { "shared", "device", "telemetry" })
@NullMarked
package io.kaiwu.connectivity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
