/**
 * Modbus TCP (j2mod): connections a tenant configures (REST
 * {@code /api/v1/connectors/modbus}, page {@code /connectors/modbus}, or
 * {@link io.kaiwu.connectivity.ModbusConnections} from code), each with a register map of
 * device properties and a command map of service parameters.
 * {@link io.kaiwu.connectivity.modbus.ModbusPollers} polls every enabled connection on a
 * two-thread scheduler and is the {@link io.kaiwu.device.CommandTransport} for mapped
 * commands. docs/modbus.md describes the maps, byte orders, back-off and commands.
 */
@NullMarked
package io.kaiwu.connectivity.modbus;

import org.jspecify.annotations.NullMarked;
