package io.kaiwu.simulator;

/**
 * The type of a simulated property's value, as the plant model produces it: DOUBLE as
 * {@link Double}, LONG as {@link Long}, BOOLEAN as {@link Boolean}, TEXT as
 * {@link String} (states such as {@code running}).
 */
public enum ValueType {

	DOUBLE, LONG, BOOLEAN, TEXT

}
