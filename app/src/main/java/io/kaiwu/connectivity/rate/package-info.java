/**
 * Message rates (消息速率) of the connectors: every few seconds the counts of each connector,
 * OPC UA or Modbus connection and Sparkplug edge node are sampled into a short ring, from
 * which the messages per second over the last minute are read. The protocols' own code
 * only counts; nothing here runs on their hot path.
 */
@NullMarked
package io.kaiwu.connectivity.rate;

import org.jspecify.annotations.NullMarked;
