/**
 * The control charts' REST API under {@code /api/v1/quality/charts} and their page.
 */
@NullMarked
package io.kaiwu.quality.charting.web;

import org.jspecify.annotations.NullMarked;
