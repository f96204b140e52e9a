package io.kaiwu.connectivity.modbus;

/** The four Modbus data tables, with the most a single read request may ask of each. */
public enum RegisterTable {

	/** Read/write bits: read with function 1, written with function 5. */
	COIL(2000),
	/** Read-only bits: function 2. */
	DISCRETE_INPUT(2000),
	/** Read/write 16-bit registers: read with function 3, written with function 16. */
	HOLDING_REGISTER(125),
	/** Read-only 16-bit registers: function 4. */
	INPUT_REGISTER(125);

	private final int maxPerRead;

	RegisterTable(int maxPerRead) {
		this.maxPerRead = maxPerRead;
	}

	/** Whether the table holds bits (coils, discrete inputs) rather than registers. */
	public boolean bits() {
		return this == COIL || this == DISCRETE_INPUT;
	}

	/** Bits or registers one read request may ask for (2000 or 125). */
	public int maxPerRead() {
		return this.maxPerRead;
	}

}
