/**
 * Connectivity (设备接入): how devices reach Kaiwu. Today one connector, the embedded MQTT
 * broker ({@code connectivity.mqtt}): devices sign in with their key and secret, may use
 * only their own topics, and their telemetry is handed to
 * {@link io.kaiwu.telemetry.TelemetryIngestion}, with the QoS 1 acknowledgement sent only
 * after the measurements are stored. Every connector reports a {@link ConnectorStatus}
 * through {@link Connector}, shown on the connectors page ({@code /connectors}, engineers
 * and admins). The broker marks its connected devices seen every 30 seconds, so the
 * device module's offline sweep ({@code kaiwu.device.offline-after}) leaves quiet but
 * connected devices online; a disconnect marks a device offline at once. OPC UA
 * ({@code connectivity.opcua}): Kaiwu is the client of each tenant's configured servers
 * (REST {@code /api/v1/connectors/opcua}, page {@code /connectors/opcua}, or
 * {@link OpcUaConnections} for other modules); each connection is a connector of its own,
 * listed through {@link ConnectorSource}.
 */
@ApplicationModule(allowedDependencies = { "shared", "device", "telemetry" })
@NullMarked
package io.kaiwu.connectivity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
