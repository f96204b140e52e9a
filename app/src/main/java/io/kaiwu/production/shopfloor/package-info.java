/**
 * Shop-floor reporting (报工): operators start, pause (with a reason from the tenant's
 * catalogue), resume and finish work orders and report good and scrapped units, on a
 * tablet page or over REST. Every report is kept; a report sent again with the same
 * client report id is answered with the first result. A report with units publishes
 * {@link io.kaiwu.equipment.ReportedOutput} for the machine it ran on (equipment's OEE
 * counts it), records the lot made and the lots consumed in quality's
 * {@link io.kaiwu.quality.Genealogy}, and moves stock; all of it in one transaction. A
 * late finish or a breakdown pause is announced as {@link ProgressDeviated} for
 * rescheduling.
 */
@NullMarked
package io.kaiwu.production.shopfloor;

import org.jspecify.annotations.NullMarked;
