/**
 * What machines did: their state intervals and the parts they made, stored, and the
 * events published with them ({@link io.kaiwu.equipment.MachineStateChanged},
 * {@link io.kaiwu.equipment.DowntimeStarted}, {@link io.kaiwu.equipment.DowntimeEnded},
 * {@link io.kaiwu.equipment.PartsCounted}).
 */
@NullMarked
package io.kaiwu.equipment.timeline;

import org.jspecify.annotations.NullMarked;
