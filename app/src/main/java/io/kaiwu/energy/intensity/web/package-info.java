/**
 * Energy intensity over REST ({@code /api/v1/energy/intensity},
 * {@code /api/v1/energy/output}, {@code /api/v1/energy/output-values}) and as the 能效分析
 * page ({@code /energy/intensity}).
 */
@NullMarked
package io.kaiwu.energy.intensity.web;

import org.jspecify.annotations.NullMarked;
