/** The equipment registry (设备台账): machines, their device and their place. */
@NullMarked
package io.kaiwu.equipment.registry;

import org.jspecify.annotations.NullMarked;
