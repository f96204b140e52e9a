package io.kaiwu.connectivity.modbus;

/**
 * The order of the bytes of a value on the wire, named after the bytes of the big-endian
 * value ABCD (A most significant): byte order within each register (big: AB, little: BA)
 * and word order across two registers (big: high word first). A 16-bit value uses only
 * the byte order: ABCD and CDAB read AB, BADC and DCBA read BA.
 */
public enum RegisterOrder {

	/** Big-endian bytes, high word first (the Modbus convention). */
	ABCD(false, false),
	/** Big-endian bytes, low word first ("word swap"). */
	CDAB(false, true),
	/** Little-endian bytes, high word first ("byte swap"). */
	BADC(true, false),
	/** Little-endian bytes, low word first. */
	DCBA(true, true);

	private final boolean swapBytes;

	private final boolean swapWords;

	RegisterOrder(boolean swapBytes, boolean swapWords) {
		this.swapBytes = swapBytes;
		this.swapWords = swapWords;
	}

	public boolean swapBytes() {
		return this.swapBytes;
	}

	public boolean swapWords() {
		return this.swapWords;
	}

}
