package io.kaiwu.simulator;

/**
 * One property a simulated device reports, named as in the device's thing model.
 *
 * @param identifier the thing-model identifier, for example {@code spindleSpeed}.
 * @param type the type of its values.
 * @param unit the unit, empty when it has none.
 */
public record SimulatedProperty(String identifier, ValueType type, String unit) {
}
