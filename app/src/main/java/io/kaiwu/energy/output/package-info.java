/**
 * Output (产量) as energy sees it: the good and rejected parts of each machine, kept from
 * equipment's {@link io.kaiwu.equipment.PartsCounted} (counters) and
 * {@link io.kaiwu.equipment.ReportedOutput} (报工), each kept once, and added up the way
 * equipment's OEE adds them: reported output replaces the counters' parts in its period.
 */
@NullMarked
package io.kaiwu.energy.output;

import org.jspecify.annotations.NullMarked;
