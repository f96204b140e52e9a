/**
 * The virtual factory (虚拟工厂): the demo plant's machines and meters, simulated with a seed
 * so that a run can be repeated, and exposed over the protocols a real plant uses. The
 * plant model produces {@link io.kaiwu.simulator.Sample samples}; each protocol has an
 * {@link io.kaiwu.simulator.Outlet} that carries them to Kaiwu (or any other platform):
 * MQTT JSON, Sparkplug B, an OPC UA server and a Modbus TCP server. Commands that arrive
 * through an outlet go back to the plant through a
 * {@link io.kaiwu.simulator.CommandSink}. This package knows nothing of Kaiwu's own code:
 * it speaks only protocols.
 */
@NullMarked
package io.kaiwu.simulator;

import org.jspecify.annotations.NullMarked;
