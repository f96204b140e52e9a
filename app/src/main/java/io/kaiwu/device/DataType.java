package io.kaiwu.device;

/**
 * The data type of a property or a parameter of the thing model. Numbers may carry a
 * valid range; {@link #FLOAT} and {@link #DOUBLE} also a precision; {@link #ENUM} lists
 * its values.
 */
public enum DataType {

	/** 32-bit whole number. */
	INT,
	/** 64-bit whole number, for example a counter. */
	LONG,
	/** Single-precision decimal number. */
	FLOAT,
	/** Double-precision decimal number. */
	DOUBLE,
	/** true or false. */
	BOOLEAN,
	/** Free text. */
	STRING,
	/** One of a fixed list of values. */
	ENUM;

	/** Whether values of this type are numbers (and may have a range). */
	public boolean numeric() {
		return this == INT || this == LONG || this == FLOAT || this == DOUBLE;
	}

	/** Whether values of this type are whole numbers. */
	public boolean whole() {
		return this == INT || this == LONG;
	}

}
