/**
 * Control charts kept per inspection characteristic: the subgroups recorded by the
 * inspections, the phase I limits frozen on demand (with their history), the run-rule
 * violations found as subgroups arrive (each raised as a quality alarm), capability
 * studies, the REST API under {@code /api/v1/quality/charts} and the chart page. The
 * arithmetic is {@link io.kaiwu.quality.spc}'s.
 */
@NullMarked
package io.kaiwu.quality.charting;

import org.jspecify.annotations.NullMarked;
