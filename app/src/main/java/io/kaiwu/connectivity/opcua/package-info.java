/**
 * OPC UA connections (Kaiwu as the client, Eclipse Milo): each tenant configures
 * endpoints and which node feeds which device property; an
 * {@link io.kaiwu.connectivity.opcua.OpcUaRuntimes runtime} per enabled connection
 * subscribes to the nodes and hands the changes to
 * {@link io.kaiwu.telemetry.TelemetryIngestion}, reconnects with back-off, and calls a
 * device's {@code invoke} method for commands. docs/opcua.md describes it.
 */
@NullMarked
package io.kaiwu.connectivity.opcua;

import org.jspecify.annotations.NullMarked;
