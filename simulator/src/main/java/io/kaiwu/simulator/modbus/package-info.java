/**
 * The simulator's Modbus TCP server (j2mod): one unit id per device, a fixed register
 * layout derived from each device's property list
 * ({@link io.kaiwu.simulator.modbus.ModbusLayout}), a command block per service, and
 * faults for tests (server stopped, exception responses for a register range).
 * docs/modbus.md describes the layout.
 */
@NullMarked
package io.kaiwu.simulator.modbus;

import org.jspecify.annotations.NullMarked;
