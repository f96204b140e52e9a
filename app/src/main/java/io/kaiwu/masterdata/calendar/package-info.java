/**
 * The shift-calendar kernel: plain Java, no Spring. It turns shift patterns, breaks,
 * working weekdays, holidays and planned stops into the planned working time of a site
 * between two instants, in the site's time zone.
 */
@NullMarked
package io.kaiwu.masterdata.calendar;

import org.jspecify.annotations.NullMarked;
