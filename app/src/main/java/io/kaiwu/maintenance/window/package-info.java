/** Planned maintenance windows, as the alarm module asks about them. */
@NullMarked
package io.kaiwu.maintenance.window;

import org.jspecify.annotations.NullMarked;
