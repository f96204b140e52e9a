/**
 * OEE per machine and per structure node, by shift or by day of the site's shift
 * calendar: state intervals and part counts laid over the planned working windows, then
 * handed to the kernel in {@link io.kaiwu.equipment.oee}.
 */
@NullMarked
package io.kaiwu.equipment.effectiveness;

import org.jspecify.annotations.NullMarked;
