/**
 * The energy manager's pages: the overview (consumption, time-of-use split, tce and the
 * load curve of a node), the meters and tariffs, and the printable monthly report.
 */
@NullMarked
package io.kaiwu.energy.web.pages;

import org.jspecify.annotations.NullMarked;
