/**
 * The monthly report and the time-of-use split over REST, and the CSV export of the
 * consumption, split, meter and tariff tables.
 */
@NullMarked
package io.kaiwu.energy.report.web;

import org.jspecify.annotations.NullMarked;
