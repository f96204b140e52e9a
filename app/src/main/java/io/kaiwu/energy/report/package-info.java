/**
 * What the energy manager reads and prints: the time-of-use split of a period, the
 * monthly energy report of a site, and the CSV export of every energy table.
 */
@NullMarked
package io.kaiwu.energy.report;

import org.jspecify.annotations.NullMarked;
