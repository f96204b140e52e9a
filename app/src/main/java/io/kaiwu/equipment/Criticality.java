package io.kaiwu.equipment;

/**
 * How much a stop of the machine hurts: A stops production, B slows it, C hardly matters.
 */
public enum Criticality {

	A, B, C

}
