/**
 * Sparkplug B (spBv1.0) host application on the embedded broker: edge nodes registered
 * per tenant ({@link io.kaiwu.connectivity.sparkplug.ManagingEdgeNodes}, REST
 * {@code /api/v1/connectors/sparkplug/edge-nodes}) sign in as {@code spb:{group}:{node}};
 * {@link io.kaiwu.connectivity.sparkplug.SparkplugHost} turns their births into devices
 * and thing models, their data into telemetry, their deaths into offline, asks for
 * rebirths on gaps, publishes the host STATE and sends commands as DCMD. Payloads are
 * encoded and decoded with Eclipse Tahu. docs/sparkplug.md describes it.
 */
@NullMarked
package io.kaiwu.connectivity.sparkplug;

import org.jspecify.annotations.NullMarked;
