/**
 * Which device properties give each machine's state and part counts (信号映射): stored per
 * machine, checked against the device's thing model before it is saved.
 */
@NullMarked
package io.kaiwu.equipment.signals;

import org.jspecify.annotations.NullMarked;
