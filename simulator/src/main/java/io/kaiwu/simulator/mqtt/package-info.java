/**
 * The virtual factory's outlet for Kaiwu's JSON over MQTT: one MQTT connection per
 * device.
 */
@NullMarked
package io.kaiwu.simulator.mqtt;

import org.jspecify.annotations.NullMarked;
