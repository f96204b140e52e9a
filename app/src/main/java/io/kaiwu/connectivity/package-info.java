/**
 * Connectivity (设备接入): how devices reach Kaiwu. The embedded MQTT broker
 * ({@code connectivity.mqtt}): devices sign in with their key and secret, may use only
 * their own topics, and their telemetry is handed to
 * {@link io.kaiwu.telemetry.TelemetryIngestion}, with the QoS 1 acknowledgement sent only
 * after the measurements are stored. On the same broker, the Sparkplug B host application
 * ({@code connectivity.sparkplug}) serves edge nodes registered per tenant
 * ({@link SparkplugEdgeNodes}); {@code connectivity.external} subscribes to an external
 * broker; {@code connectivity.opcua} subscribes to OPC UA servers
 * ({@link OpcUaConnections}) and {@code connectivity.modbus} polls Modbus TCP servers
 * ({@link ModbusConnections}). Every connector reports a {@link ConnectorStatus} through
 * {@link Connector} (fixed beans) or a {@link ConnectorSource} (connections that come and
 * go at run time), shown on the connectors page ({@code /connectors}, engineers and
 * admins). The broker marks its connected devices seen every 30 seconds, so the device
 * module's offline sweep ({@code kaiwu.device.offline-after}) leaves quiet but connected
 * devices online; a disconnect marks a device offline at once. Clients inside Kaiwu (the
 * demo plant) find the broker through {@link MqttEndpoint}.
 */
@ApplicationModule(allowedDependencies = { "shared", "device", "telemetry" })
@NullMarked
package io.kaiwu.connectivity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
