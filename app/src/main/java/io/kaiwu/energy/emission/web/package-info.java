/**
 * Carbon over REST ({@code /api/v1/energy/carbon}: the site's factors, the monthly report
 * and its CSV export) and as the printable 碳排放报告 page ({@code /energy/carbon}).
 */
@NullMarked
package io.kaiwu.energy.emission.web;

import org.jspecify.annotations.NullMarked;
