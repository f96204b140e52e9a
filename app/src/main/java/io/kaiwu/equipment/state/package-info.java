/**
 * Machine state from signals: a mapping per machine from a property's value to a
 * {@link io.kaiwu.equipment.MachineState}, and part counters with reset handling. Plain
 * Java.
 */
@NullMarked
package io.kaiwu.equipment.state;

import org.jspecify.annotations.NullMarked;
