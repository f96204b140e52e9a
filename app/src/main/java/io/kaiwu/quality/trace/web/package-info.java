/**
 * Traceability's REST API ({@code /api/v1/quality/lots}, {@code /serials},
 * {@code /genealogy}) and pages ({@code /quality/lots}, {@code /quality/serials},
 * {@code /quality/trace/…}, {@code /quality/labels/…}).
 */
@NullMarked
package io.kaiwu.quality.trace.web;

import org.jspecify.annotations.NullMarked;
