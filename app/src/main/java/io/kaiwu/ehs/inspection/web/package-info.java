/**
 * Inspections and findings over REST under {@code /api/v1/ehs} and as the 安全检查 pages
 * under {@code /ehs/inspections}.
 */
@NullMarked
package io.kaiwu.ehs.inspection.web;

import org.jspecify.annotations.NullMarked;
