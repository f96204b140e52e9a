/**
 * An external MQTT broker (for example the factory's Mosquitto) as a source of telemetry:
 * Kaiwu subscribes with a persistent session and acknowledges each message only after
 * {@link io.kaiwu.telemetry.TelemetryIngestion} stored it, so what arrives while Kaiwu is
 * down waits at the broker. The external broker authenticates the devices (Kaiwu cannot);
 * the device key is taken from the topic.
 */
@NullMarked
package io.kaiwu.connectivity.external;

import org.jspecify.annotations.NullMarked;
