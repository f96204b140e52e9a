/**
 * The embedded MQTT broker (HiveMQ CE, MQTT 3.1.1 and 5): starts and stops with Kaiwu,
 * authenticates devices with their key and secret, restricts each device to its own
 * topics ({@link io.kaiwu.connectivity.mqtt.TopicAcl}) and hands telemetry to
 * {@link io.kaiwu.telemetry.TelemetryIngestion} off the broker's threads, acknowledging a
 * QoS 1 message only after it is stored. It is the
 * {@link io.kaiwu.device.CommandTransport} for commands (QoS 1 to
 * {@code kaiwu/<key>/commands/<id>}) and hands replies on
 * {@code kaiwu/<key>/commands/<id>/reply} to {@link io.kaiwu.device.CommandReplies}.
 * Clients with a user name that a {@link io.kaiwu.connectivity.mqtt.MqttNamespace} claims
 * (Sparkplug B edge nodes) are served by that namespace instead. docs/mqtt.md describes
 * the topics.
 */
@NullMarked
package io.kaiwu.connectivity.mqtt;

import org.jspecify.annotations.NullMarked;
