package io.kaiwu.simulator.modbus;

/** The four Modbus data tables. */
public enum ModbusTable {

	/** Read/write bits (function codes 1, 5, 15). */
	COIL,
	/** Read-only bits (function code 2). */
	DISCRETE_INPUT,
	/** Read/write 16-bit registers (function codes 3, 6, 16). */
	HOLDING_REGISTER,
	/** Read-only 16-bit registers (function code 4). */
	INPUT_REGISTER

}
