/**
 * The Sparkplug B outlet: one simulated edge node (Eclipse Tahu payloads over the HiveMQ
 * MQTT client) whose devices are the simulated devices.
 */
@NullMarked
package io.kaiwu.simulator.sparkplug;

import org.jspecify.annotations.NullMarked;
