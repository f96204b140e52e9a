package io.kaiwu.connectivity.modbus;

/** How the raw bits of a mapped point are read. */
public enum RegisterType {

	/** One bit of a coil or discrete input. */
	BOOL(0),
	/** One register, signed. */
	INT16(1),
	/** One register, unsigned. */
	UINT16(1),
	/** Two registers, signed. */
	INT32(2),
	/** Two registers, unsigned. */
	UINT32(2),
	/** Two registers, IEEE 754 single precision. */
	FLOAT32(2);

	private final int words;

	RegisterType(int words) {
		this.words = words;
	}

	/** Registers it takes; 0 for a bit (which takes one bit address). */
	public int words() {
		return this.words;
	}

	/** Addresses it takes in its table: registers, or 1 for a bit. */
	public int span() {
		return Math.max(1, this.words);
	}

}
